// Session-replay services that can record what a visitor types into form fields (issue 17: "Leaky Forms" found
// passwords collected by session-replay scripts), with what each vendor's own documentation says about masking form
// input by default. Each entry cites the page read and when; `inputMasking: null` where the vendor's web documentation
// was not found: "not known", never a guess. Keyed by the tracker id in data/trackers.ts.

export type InputMasking = 'masked' | 'recorded';

export interface SessionReplayFact {
  /** What the vendor documents for input fields on the web, by default; null: not known. */
  inputMasking: InputMasking | null;
  /** The documented default in one sentence, English and German; null when not known. */
  en: string | null;
  de: string | null;
  source: string | null;
  checked: string | null;
}

export const SESSION_REPLAY: Readonly<Record<string, SessionReplayFact>> = {
  hotjar: {
    inputMasking: 'masked',
    en: 'Hotjar documents that it suppresses keystroke data in recordings by default (since December 2017) unless the site allowlists a field, and never records it in potentially sensitive fields.',
    de: 'Hotjar gibt an, Tastatureingaben in Aufzeichnungen standardmäßig zu unterdrücken (seit Dezember 2017), sofern die Website ein Feld nicht freigibt, und sie in möglicherweise sensiblen Feldern nie aufzuzeichnen.',
    source: 'https://www.hotjar.com/blog/more-secure-recordings', checked: '2026-12-06',
  },
  'microsoft-clarity': {
    inputMasking: 'masked',
    en: 'Microsoft documents that Clarity masks the content of input boxes in all masking modes and that this cannot be changed.',
    de: 'Microsoft gibt an, dass Clarity den Inhalt von Eingabefeldern in allen Maskierungsmodi maskiert und dass sich das nicht ändern lässt.',
    source: 'https://learn.microsoft.com/pt-br/clarity/clarity-masking', checked: '2026-12-06',
  },
  fullstory: {
    inputMasking: 'masked',
    en: 'FullStory documents "Form Privacy", on for every account, which masks input, textarea and select elements; paid plans can switch it off.',
    de: 'FullStory nennt „Form Privacy“, für jedes Konto eingeschaltet, das input-, textarea- und select-Elemente maskiert; bezahlte Tarife können es abschalten.',
    source: 'https://help.fullstory.com/hc/en-us/articles/4408633932439-Form-Privacy', checked: '2026-12-06',
  },
  contentsquare: {
    inputMasking: 'masked',
    en: 'Contentsquare documents that its tag replaces the content of text, e-mail, password, search, tel and url inputs and of textareas with bullets before sending, and does not collect the keys typed.',
    de: 'Contentsquare gibt an, dass sein Tag den Inhalt von Text-, E-Mail-, Passwort-, Such-, Telefon- und URL-Feldern sowie von Textbereichen vor dem Senden durch Punkte ersetzt und die getippten Tasten nicht erfasst.',
    source: 'https://docs.contentsquare.com/en/web/personal-data-handling', checked: '2026-12-06',
  },
  smartlook: { inputMasking: null, en: null, de: null, source: null, checked: null },
  logrocket: {
    inputMasking: 'recorded',
    en: 'LogRocket documents that its SDK does not record password inputs but captures all other elements by default; the site must mark fields data-private to keep their input out.',
    de: 'LogRocket gibt an, dass sein SDK Passwortfelder nicht aufzeichnet, alle anderen Elemente aber standardmäßig erfasst; die Website muss Felder mit data-private kennzeichnen, um ihre Eingaben auszunehmen.',
    source: 'https://docs.logrocket.com/reference/configure-privacy', checked: '2026-12-06',
  },
  mouseflow: {
    inputMasking: 'masked',
    en: 'Mouseflow documents that it collects keystrokes only from visitors outside the EU/EEA in non-EU/EEA accounts, and never from password, digit or excluded fields.',
    de: 'Mouseflow gibt an, Tastatureingaben nur von Besuchern außerhalb von EU/EWR in Konten außerhalb von EU/EWR zu erfassen, und nie aus Passwort-, Ziffern- oder ausgeschlossenen Feldern.',
    source: 'https://mouseflow.com/ccpa/', checked: '2026-12-06',
  },
};
