import { DossierHandoverRow, DossierRow } from './dossiers/dossier.entities';
import { ProcedureRow, ProcedureVersionRow } from './procedure-catalogue/procedure-catalogue.entities';
import { ReceptionRow } from './receptions/reception.entity';

/** The one-stop desk's tables, for the read-model data source. */
export const ONESTOP_ENTITIES = [ProcedureRow, ProcedureVersionRow, DossierRow, DossierHandoverRow, ReceptionRow];
