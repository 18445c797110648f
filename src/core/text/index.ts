/** Texts in two languages: catalogues and the month table. */
export { defineCatalogue, fill, isLang } from './catalogue';
export type { Catalogue, CatalogueKey, Entry, EntryArgs, Params } from './catalogue';
export { MONTHS, monthName, capitalised } from './months';
