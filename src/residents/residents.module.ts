import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { AdmissionService } from './admission/admission.service';
import { AdmissionPapersController } from './admission/admission-papers.controller';
import { AdmissionPapersService } from './admission/admission-papers.service';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { DuplicatesService } from './duplicates/duplicates.service';
import { EmergencyDeadlinesJob } from './admission/emergency-deadlines.job';
import { OccupancyService } from './occupancy/occupancy.service';
import { ImportController } from './import/import.controller';
import { ImportService } from './import/import.service';
import { ReferenceController } from './reference/reference.controller';
import { ResidentViews } from './register/resident-views';
import { ResidentsController } from './register/residents.controller';
import { ResidentsService } from './register/residents.service';
import { StatusChangesController } from './status-changes/status-changes.controller';
import { StatusChangesService } from './status-changes/status-changes.service';

@Module({
  imports: [JobsModule],
  controllers: [
    ImportController,
    ResidentsController,
    DuplicatesController,
    AdmissionPapersController,
    StatusChangesController,
    ReferenceController,
  ],
  providers: [
    ImportService,
    EmergencyDeadlinesJob,
    ResidentsService,
    StatusChangesService,
    AdmissionService,
    AdmissionPapersService,
    DuplicatesService,
    OccupancyService,
    ResidentViews,
  ],
  exports: [ResidentsService, AdmissionService, ImportService, OccupancyService, ResidentViews],
})
export class ResidentsModule {}
