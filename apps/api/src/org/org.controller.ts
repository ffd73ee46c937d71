import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import { Answers } from '../http/open-api-schemas';
import { ORGANISATION } from '../http/answer-schemas';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api/org')
export class OrgController {
  constructor(private readonly directory: OrganisationDirectory) {}

  /** Departments, staff and fields, as every member of staff may see them. */
  @Get()
  @ApiOperation({ summary: 'Departments, staff and fields, as every member of staff may see them' })
  @Answers(ORGANISATION)
  organisation(): Promise<Organisation> {
    return this.directory.organisation();
  }
}
