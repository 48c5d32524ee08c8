import { Global, Module } from '@nestjs/common';
import { BaseLevelService } from './base-level.service';
import { MoneyController } from './money.controller';

@Global()
@Module({
  controllers: [MoneyController],
  providers: [BaseLevelService],
  exports: [BaseLevelService],
})
export class MoneyModule {}
