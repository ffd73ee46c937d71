import { Controller, Get, Inject, Param, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { notFound, receptionStreamName } from '@office/domain';
import { renderDossierForm } from '@office/forms';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { Roles } from '../../auth/access.decorators';
import { CommandPipeline } from '../../commands/command-pipeline';
import { CLOCK, contextOf, PUBLIC_BASE_URL, type Clock } from '../../commands/request-context';
import { DossierStreams } from '../dossier-streams';
import { RECEPTION_FOLD } from '../reception-slip/reception-slip.handler';
import { dossierFormView, receptionFormView } from './dossier-form-views';
import { DossierFormParams, ReceptionFormParams } from './dossier-forms.request';
import { AnswersFile, PDF } from '../../http/open-api-schemas';


function pdf(stream: ReturnType<typeof renderDossierForm>, name: string): StreamableFile {
  return new StreamableFile(stream, { type: 'application/pdf', disposition: `inline; filename="${name}.pdf"` });
}

/** The printed forms of the desk (PDF, Vietnamese, in the rule set the dossier or slip was received under). */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class DossierFormsRoute {
  constructor(
    private readonly dossiers: DossierStreams,
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PUBLIC_BASE_URL) private readonly publicBaseUrl: string | null,
  ) {}

  /**
   * Where the QR code of an appointment slip sends the applicant: PUBLIC_BASE_URL, else this server
   * as the desk's browser reached it (on an office LAN, an address a citizen's phone cannot reach).
   */
  private lookupBaseUrl(request: AuthenticatedRequest): string {
    return this.publicBaseUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
  }

  /** Mẫu 01–05 and the control sheet of a dossier, for those who may see it. */
  @Get(':id/forms/:form')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Mẫu 01–05 and the control sheet of a dossier, for those who may see it.' })
  @AnswersFile('the form, in Vietnamese', PDF)
  async dossierForm(@Param() { id, form }: DossierFormParams, @Req() request: AuthenticatedRequest): Promise<StreamableFile> {
    const [{ state }, { organisation }] = await Promise.all([this.dossiers.load(id, contextOf(request, this.clock)), this.dossiers.decisionContext()]);
    const view = dossierFormView(form, state, organisation, this.lookupBaseUrl(request));
    return pdf(renderDossierForm(form, view), `${view.dossierCode}-${form}`);
  }

  /** Mẫu 02 or Mẫu 03 given at the desk without opening a dossier. */
  @Get('receptions/:id/forms/:form')
  @ApiOperation({ summary: 'Addition to API.md: the PDF of a slip given at the desk without a dossier (POST /api/dossiers/supplement-requests, /refusals)' })
  @Roles('onestop_officer', 'office_chief', 'office_deputy_chief', 'iso_secretary', 'auditor')
  @ApiProduces('application/pdf')
  @AnswersFile('the slip, in Vietnamese', PDF)
  async receptionForm(@Param() { id, form }: ReceptionFormParams): Promise<StreamableFile> {
    const [{ state }, { organisation }] = await Promise.all([this.pipeline.read(receptionStreamName(id), RECEPTION_FOLD), this.dossiers.decisionContext()]);
    if (state.status === 'none') throw notFound(`Không tìm thấy lần tiếp nhận ${id}`, 'id');
    const view = receptionFormView(form, state, organisation);
    return pdf(renderDossierForm(form, view), `${state.slipNumber}-${form}`);
  }
}
