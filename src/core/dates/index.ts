export { localDay, makeDay, pickedDay } from './calendar';
export { datesPublishedFromJsonLd } from './json-ld';
export { parseDateString } from './parse';
export { pickPageDate, type DateCandidate } from './pick';
export { metaDateSource, SOURCE_ORDER } from './sources';
export { dateFromUrl } from './url';
export {
  dateFromBareLine,
  dateFromDateLine,
  dateFromLabelledValue,
  isDateLabel,
  isParliamentHost,
} from './in-page';
