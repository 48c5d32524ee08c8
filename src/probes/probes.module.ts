import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ProbesController } from './probes.controller';

/** Liveness and readiness probes (GET /health, /health/ready) for load balancers and orchestrators. */
@Module({ imports: [TerminusModule.forRoot({ logger: false })], controllers: [ProbesController] })
export class ProbesModule {}
