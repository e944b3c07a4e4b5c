/**
 * What a project page says under 如何咨询 / 办理: the units (牵头单位, 责任单位 …) where the source names them,
 * the units the source puts in charge of running or overseeing the whole programme (区民生办 for its
 * daily coordination), then the site-wide channels the publisher configured in site.yaml (`help`), never anything made
 * up per project. Without a configured channel the page says so plainly.
 */
import type { Oversight } from '../../schemas/oversight.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { HelpConfig } from '../../schemas/site.ts';
import type { UnitRole } from '../../schemas/vocabulary.ts';
import { oversightAnchor, oversightPath } from '../site/routes.ts';

/** One configured channel: its kind (the label's key), its text and, for a web address, its link. */
export interface HelpChannel {
  kind: 'hotline' | 'service' | 'contact';
  text: string;
  /** http(s) address, for the online service hall only. */
  url: string | null;
}

/** The units the source names for a project under one role, in its order. */
export interface NamedUnits {
  role: UnitRole;
  names: string[];
}

/**
 * A unit the source names as carrying out one of the programme's oversight measures (its `actor`):
 * for a resident whose project names no unit, an office the source itself puts in charge.
 */
export interface Coordinator {
  /** The unit, as the source names it (区民生办). */
  actor: string;
  /** The measure it carries out (日常工作调度). */
  measure: string;
  /** Site path of the measure on the programme's oversight page, with its anchor. */
  path: string;
}

/**
 * The programme's coordinators: each unit that carries out an oversight measure, once, with its
 * first measure in the programme's order; not the issuer, whom the section names already.
 */
export function programmeCoordinators(programme: Pick<Programme, 'id' | 'document'>, oversight: readonly Pick<Oversight, 'id' | 'programme' | 'name' | 'actor'>[]): Coordinator[] {
  const coordinators: Coordinator[] = [];
  for (const measure of oversight) {
    if (measure.programme !== programme.id || measure.actor === null || measure.actor === programme.document.issuer) continue;
    if (coordinators.some((c) => c.actor === measure.actor)) continue;
    coordinators.push({ actor: measure.actor, measure: measure.name, path: `${oversightPath(programme.id)}#${oversightAnchor(measure.id)}` });
  }
  return coordinators;
}

/** The 如何咨询 / 办理 section of one project page. */
export interface Consultation {
  /** The units the source names, grouped by role in the order the roles first appear; empty where it names none. */
  units: NamedUnits[];
  /** Who issued the notice, where it says so: the unit to turn to when nothing else is named. */
  issuer: string | null;
  /** The programme's coordinators ({@link programmeCoordinators}); empty where the source names none. */
  coordinators: readonly Coordinator[];
  /** The publisher's site-wide channels; empty when none is configured. */
  channels: HelpChannel[];
}

/** The section for `project` of `programme`, given the site's `help` configuration (null: none) and the programme's coordinators. */
export function consultation(
  project: Pick<Project, 'units'>,
  programme: Pick<Programme, 'document'>,
  help: HelpConfig | null,
  coordinators: readonly Coordinator[] = [],
): Consultation {
  const channels: HelpChannel[] = [];
  if (help?.hotline) channels.push({ kind: 'hotline', text: help.hotline, url: null });
  if (help?.serviceUrl || help?.serviceName) channels.push({ kind: 'service', text: help.serviceName ?? help.serviceUrl!, url: help.serviceUrl });
  if (help?.contact) channels.push({ kind: 'contact', text: help.contact, url: null });
  const units: NamedUnits[] = [];
  for (const unit of project.units) {
    const group = units.find((u) => u.role === unit.role);
    if (group) group.names.push(unit.name);
    else units.push({ role: unit.role, names: [unit.name] });
  }
  return { units, issuer: programme.document.issuer, coordinators, channels };
}
