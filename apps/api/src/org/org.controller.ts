import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api/org')
export class OrgController {
  constructor(private readonly directory: OrganisationDirectory) {}

  /** Departments, staff and fields, as every member of staff may see them. */
  @Get()
  organisation(): Promise<Organisation> {
    return this.directory.organisation();
  }
}
