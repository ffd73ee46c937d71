import { Injectable } from '@nestjs/common';
import { catalogueRowsOf, type CatalogueExportRow } from '@office/domain';
import { ProcedureRow } from '@office/read-models';
import { DataSource } from 'typeorm';
import { ProcedureStreams } from '../procedure-streams';

/**
 * Xuất danh mục: every procedure the catalogue lists, each folded from its own stream, so the rows
 * are exactly what an import would compare against (the read model only says which codes exist).
 */
@Injectable()
export class ExportCatalogueHandler {
  constructor(
    private readonly procedures: ProcedureStreams,
    private readonly dataSource: DataSource,
  ) {}

  async rows(): Promise<CatalogueExportRow[]> {
    const listed = await this.dataSource.getRepository(ProcedureRow).find({ select: { code: true } });
    return catalogueRowsOf(await this.procedures.states(listed.map((row) => row.code)));
  }
}
