import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { AdmissionService } from './admission.service';
import { AdmissionPapersService } from './admission-papers.service';
import { DuplicatesService } from './duplicates.service';
import { EmergencyDeadlinesJob } from './emergency-deadlines.job';
import { OccupancyService } from './occupancy.service';
import { ImportController } from './import/import.controller';
import { ImportService } from './import/import.service';
import { ReferenceController } from './reference.controller';
import { ResidentViews } from './resident-views';
import { ResidentsController } from './residents.controller';
import { ResidentsService } from './residents.service';

@Module({
  imports: [JobsModule],
  controllers: [ImportController, ResidentsController, ReferenceController],
  providers: [
    ImportService,
    EmergencyDeadlinesJob,
    ResidentsService,
    AdmissionService,
    AdmissionPapersService,
    DuplicatesService,
    OccupancyService,
    ResidentViews,
  ],
  exports: [ResidentsService, AdmissionService, ImportService, OccupancyService, ResidentViews],
})
export class ResidentsModule {}
