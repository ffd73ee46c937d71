import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import type { DirectiveCommand } from '../directive.commands';
import { decideDirective } from '../directive.decide';
import { evolveDirective, initialDirectiveState } from '../directive.state';
import { CONTEXT, taskCmd } from './directive-fixtures';

/*
 * One event of every type a directive's stream (`directive-<id>`) holds, from the directive decider
 * tests' fixed inputs: a task chased, reported on, escalated, extended, reported done and sent back;
 * then accepted, cancelled, superseded. (The meeting's stream is in ./golden-decisions.ts.)
 */

const tasks = (...commands: DirectiveCommand[]) => stream((c, s) => decideDirective(c, s, CONTEXT), evolveDirective, initialDirectiveState, commands);

export const directiveTaskGoldenDecisions = (): GoldenDecision[] => [
  ...tasks(taskCmd.register(), taskCmd.chase(), taskCmd.progress(), taskCmd.escalate(), taskCmd.extend(), taskCmd.complete(), taskCmd.reject()),
  ...tasks(taskCmd.register(), taskCmd.complete(), taskCmd.accept()),
  ...tasks(taskCmd.register(), taskCmd.cancel()),
  ...tasks(taskCmd.register(), taskCmd.complete(), taskCmd.supersede()),
];
