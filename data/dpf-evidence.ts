// EU-US Data Privacy Framework status of the US entities that receive data, one verified entry each.
// An entry exists only where a source was read: the entity's record on the DPF participant list
// (dataprivacyframework.gov) or the entity's own DPF notice. A US entity with no entry here is "not known", never "no".

export interface DpfEvidence {
  /** Legal name of the US entity whose certification was checked (e.g. 'Google LLC'). */
  entity: string;
  /** true: active EU-US DPF participant; false: a source says it is not (inactive, withdrawn, or states it relies on SCCs). */
  certified: boolean;
  /** https URL of the page that says so. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  checked: string;
  /** One line on what the source says (e.g. 'EU-U.S. DPF: Active; covers HR and non-HR data'). */
  note?: string;
}

/** Keyed by the legal name of the US entity, exactly as in `entity`. */
export const DPF_EVIDENCE: Readonly<Record<string, DpfEvidence>> = {};
