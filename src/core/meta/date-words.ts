/**
 * Words that make up a written date or time in the languages the reader
 * sees most (English, German, French, Spanish, Russian, Arabic): months,
 * weekdays, "at"/"um"/"в", time-zone and "updated" labels. Lower case.
 * A byline that ends in nothing but these and numbers ends in a date.
 */
// prettier-ignore
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'okt', 'dez',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'الثاني', 'الأول',
];
// prettier-ignore
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
  'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد',
];
// prettier-ignore
const GLUE = [
  'at', 'on', 'um', 'am', 'pm', 'a', 'm', 'p', 'uhr', 'le', 'à', 'h', 'de', 'del', 'las', 'в', 'г', 'года', 'في', 'الساعة', 'ص', 'م',
  'utc', 'gmt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'mez', 'mesz', 'msk', 'ist',
  'updated', 'published', 'posted', 'last', 'aktualisiert', 'veröffentlicht', 'stand', 'mis', 'jour', 'publié', 'actualizado', 'publicado',
  'обновлено', 'опубликовано', 'تحديث', 'آخر', 'نشر', 'بتاريخ',
  'st', 'nd', 'rd', 'th', 'er',
];

// "2 hours ago", "vor 3 Stunden", "5 минут назад", "منذ ساعتين", "Yesterday": how teasers and live pages date a story.
// prettier-ignore
const RELATIVE_MARKS = ['ago', 'yesterday', 'today', 'vor', 'gestern', 'heute', 'il', 'y', 'hier', "aujourd'hui", 'hace', 'ayer', 'hoy', 'назад', 'вчера', 'сегодня', 'منذ', 'أمس', 'امس', 'اليوم'];
// prettier-ignore
const RELATIVE_UNITS = [
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'just', 'now', 'an', 'one',
  'sekunden', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tagen', 'woche', 'wochen', 'einer', 'einem',
  'secondes', 'heure', 'heures', 'jour', 'jours', 'segundos', 'minutos', 'hora', 'horas', 'día', 'días',
  'секунд', 'минуту', 'минуты', 'минут', 'час', 'часа', 'часов', 'день', 'дня', 'дней',
  'ثانية', 'دقيقة', 'دقائق', 'دقيقتين', 'ساعة', 'ساعات', 'ساعتين', 'يوم', 'أيام', 'يومين',
];

export const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, ...GLUE, ...RELATIVE_MARKS, ...RELATIVE_UNITS]);
/** Words that make a run of date words a relative date even without a year or a time. */
export const RELATIVE_DATE: ReadonlySet<string> = new Set(RELATIVE_MARKS.filter((w) => !['il', 'y'].includes(w)));
/** Month and weekday names only: what can start a date glued to a name ("DoeMonday", "Doe18 ноября"). */
export const DATE_STARTS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  'updated',
  'published',
  'aktualisiert',
  'обновлено',
  'تحديث',
  'yesterday',
  'today',
  'vor',
  'gestern',
  'heute',
  'вчера',
  'сегодня',
  'منذ',
]);
