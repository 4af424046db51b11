/**
 * News agencies whose name is printed after a reporter's ("JOHN TUCKER,
 * Associated Press") and that pages glue to the name when the markup
 * puts them in separate elements. Only names of five letters or more: a
 * short one ("AP", "dpa") cannot be told from the end of a name.
 */
// prettier-ignore
export const AGENCIES: readonly string[] = [
  'The Associated Press', 'Associated Press', 'Reuters', 'Agence France-Presse', 'Bloomberg News', 'Bloomberg',
  'Deutsche Presse-Agentur', 'Press Association', 'PA Media', 'Kyodo News', 'Xinhua', 'Anadolu Agency', 'Keystone-SDA',
  'ТАСС', 'РИА Новости', 'Интерфакс', 'ПРАЙМ',
  'رويترز', 'فرانس برس', 'أسوشيتد برس', 'وكالة الأنباء',
];
