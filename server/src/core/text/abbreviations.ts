// Abbreviations that keep their period as part of the token, so that neither the
// tokenizer nor the sentence splitter mistakes the period for a full stop.

/** Written before a name or a number: the period never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt',
  'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Brig', 'Rev', 'Fr', 'Hon', 'Pres', 'Supt', 'Insp',
  'Amb', 'Atty', 'Gens', 'Messrs', 'Mme', 'Mlle', 'Sr', 'Sra', 'Sta', 'Ste', 'Mt', 'St', 'Ft',
  'No', 'Nos', 'Nr', 'Vol', 'Fig', 'pp', 'vs', 'cf', 'approx', 'ca',
  // Months as news style abbreviates them ("Jan. 5"); "Mar"/"Sun"/"Sat" are too often words.
  'Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs',
  'e.g', 'i.e', 'eg', 'ie', 'al',
]);

/** Commonly closes a name or a list, so it may also end a sentence ("… Apple Inc."). */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Plc', 'plc', 'Jr', 'Snr', 'Jnr', 'LLC', 'Dept', 'Univ',
  'Ave', 'Blvd', 'Rd', 'Assn', 'Intl', 'Govt', 'etc', 'Esq', 'Ph.D', 'PhD', 'M.D',
]);

export const ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...FINAL_ABBREVIATIONS]);
