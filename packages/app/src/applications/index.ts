export { applicationAdvice } from './application-advice.ts';
export {
  applicationForm,
  type FieldType,
  FORM_MESSAGES,
  type FormField,
  type FormProblem,
  MAX_TEXT,
  readApplicationValues,
} from './application-form.ts';
export {
  APPLICATION_MEASURES,
  type ApplicationMeasure,
  applicationMeasure,
  COMPLAINT_REPLY_WORKING_DAYS,
  measureTitle,
} from './application-measures.ts';
export { addWorkingDays, calendarCovers, chinaDay, isWorkingDay, type WorkingDeadline, workingDaysBetween } from './working-days.ts';
