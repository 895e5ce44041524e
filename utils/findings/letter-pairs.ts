// Is a string of letters text of a language or a random draw? Words are made of common letter pairs; a random
// draw over 26 letters (or 52 with case) mostly of rare ones.

/**
 * The letter pairs that make up 97% of the pairs in this project's English text (README.md) and, joined, 97% of
 * its German text (the German strings of utils/findings, utils/export, utils/knowledge and components), umlauts
 * written ae/oe/ue and ß ss: 297 of 676 pairs (derived 2026-12-07).
 */
const COMMON = new Set(
  `
  ab ac ad ae af ag ah ai ak al am an ap ar as at au av ay ba be bg bi bl bo br bs bu ca cc ce ch ci ck cl co
  cp cr cs ct cu cy da dd de dg di dl do dp dr ds du dy ea eb ec ed ee ef eg eh ei ek el em en ep eq er es et
  eu ev ew ex ey ez fa fe ff fi fo fr ft fu ga ge gh gi gl gn go gr gs gt gu gv ha he hi hl hm hn ho hr ht ia
  ib ic id ie if ig il im in io ip ir is it iu iv ix iz je js ka ke ki kl kn ko kr ks kt la ld le li ll lo ls
  lt lu ly ma me mi ml mm mo mp ms mu na nb nc nd ne nf ng nh ni nk nl nn no np ns nt nu nw ny oa ob oc od oe
  of og oh oi ok ol om on oo op or os ot ou ov ow ox pa pe pf pi pl po pp pr ps pt pu qu ra rb rc rd re rf rg
  rh ri rk rl rm rn ro rr rs rt ru rv rw ry sa sb sc se sg sh si sk so sp ss st su sw ta tc te th ti tl tm to
  tp tr ts tt tu tw ty tz ua ub uc ud ue uf ug ui ul um un up ur us ut va ve vi vo wa we wh wi wn wo wr ws wu
  xe xp xt xy ys ze zi zt zu
`
    .trim()
    .split(/\s+/),
);

/** Share of a string's adjacent letter pairs (case ignored, pairs with a non-letter skipped) that words seldom have. */
export function rarePairShare(s: string): number {
  const t = s.toLowerCase();
  let pairs = 0;
  let rare = 0;
  for (let i = 0; i + 1 < t.length; i++) {
    const a = t.charCodeAt(i);
    const b = t.charCodeAt(i + 1);
    if (a < 97 || a > 122 || b < 97 || b > 122) continue;
    pairs++;
    if (!COMMON.has(t.slice(i, i + 2))) rare++;
  }
  return pairs === 0 ? 0 : rare / pairs;
}
