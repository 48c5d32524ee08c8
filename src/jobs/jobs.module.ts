import { Module } from '@nestjs/common';
import { HousekeepingJob } from './housekeeping.job';
import { JobRunner } from './job-runner';

@Module({ providers: [JobRunner, HousekeepingJob], exports: [JobRunner] })
export class JobsModule {}
