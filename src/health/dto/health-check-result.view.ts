import { HealthCheckView } from './health-check.view';
import { HealthScheduleView } from './health-schedule.view';

/** The answer of recording an exam: the exam and the schedule it advanced, if any. */
export class HealthCheckResultView {
  check!: HealthCheckView;
  /** The schedule the exam fulfilled, advanced to its next due date; null when none matched. */
  schedule!: HealthScheduleView | null;
}
