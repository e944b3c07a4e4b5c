/**
 * The little of the Frictionless JavaScript library (`datapackage`, which ships no types) that the
 * tests use: load a descriptor, read a tabular resource's rows cast to its Table Schema's types,
 * with its primary key checked and its foreign keys resolved.
 */
declare module 'datapackage' {
  export interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    /** Check each foreign key against the resource it references, and put that resource's row in its fields. */
    relations?: boolean;
  }
  export class Resource {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Resource>;
    readonly name: string;
    readonly tabular: boolean;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, any>;
    read(options: ReadOptions & { keyed: true }): Promise<Record<string, unknown>[]>;
    read(options?: ReadOptions): Promise<unknown[][]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, any>;
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
