import type { NcProposalAccepted, NcProposalDismissed, NcProposalEvent } from './nc-proposal.events';

/**
 * A proposal as decided (stream `nc-proposal-<key>`): `none` while it is only proposed (the read
 * model lists it as open), then `accepted` or `dismissed`, once and for all.
 */
export const NC_PROPOSAL_STATUSES = ['open', 'accepted', 'dismissed'] as const;
export type NcProposalStatus = (typeof NC_PROPOSAL_STATUSES)[number];

export type NcProposalState =
  | { status: 'none' }
  | (Omit<NcProposalAccepted['data'], 'by' | 'at'> & { status: 'accepted'; decidedBy: string; decidedAt: string })
  | (Omit<NcProposalDismissed['data'], 'by' | 'at'> & { status: 'dismissed'; decidedBy: string; decidedAt: string });

export type DecidedNcProposal = Exclude<NcProposalState, { status: 'none' }>;

export const initialNcProposalState: NcProposalState = { status: 'none' };

/** The first decision is the only one: a later event (never written by the decider) is ignored. */
export function evolveNcProposal(state: NcProposalState, event: NcProposalEvent): NcProposalState {
  if (state.status !== 'none') return state;
  const { by, at, ...data } = event.data;
  switch (event.type) {
    case 'NcProposalAccepted':
      return { status: 'accepted', ...(data as Omit<NcProposalAccepted['data'], 'by' | 'at'>), decidedBy: by, decidedAt: at };
    case 'NcProposalDismissed':
      return { status: 'dismissed', ...(data as Omit<NcProposalDismissed['data'], 'by' | 'at'>), decidedBy: by, decidedAt: at };
    default:
      return state;
  }
}
