import type { PipeTransform } from '@nestjs/common';
import { Args, type ReturnTypeFunc } from '@nestjs/graphql';
import type { z } from 'zod';
import { validateInput } from './validate-input.js';

/** The value a resolver receives from `@ValidInput(schema)`: the schema's parsed output, not the raw argument. */
export type ValidInputOf<S extends z.ZodType> = z.infer<S>;

/** A Nest pipe that parses one argument with a zod schema; a failure is BAD_USER_INPUT naming every bad field. */
export class ZodInputPipe<S extends z.ZodType> implements PipeTransform<unknown, ValidInputOf<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): ValidInputOf<S> {
    return validateInput(this.schema, value);
  }
}

export interface ValidInputOptions {
  /** The GraphQL type of the argument (the `@InputType` class, or `ID`/`String` for a scalar). */
  type: ReturnTypeFunc;
  /** The argument's name in the schema; `input` unless said. */
  name?: string;
  nullable?: boolean;
}

/**
 * Declares a GraphQL argument and its validation in one place, at the edge: the argument `name` of
 * GraphQL type `type`, parsed by `schema` before the resolver runs. Nest runs guards before pipes, so a
 * declared authorisation guard still answers first (non-members learn nothing from validation messages);
 * services receive only parsed input and never validate by hand.
 */
export function ValidInput<S extends z.ZodType>(schema: S, options: ValidInputOptions): ParameterDecorator {
  const { name = 'input', type, nullable } = options;
  return Args(name, { type, ...(nullable === undefined ? {} : { nullable }) }, new ZodInputPipe(schema));
}

/**
 * The same for a field whose arguments are top-level (an `@ArgsType` class `type`): all of them parsed
 * together by `schema`, so the error details name each argument as before.
 */
export function ValidArgs<S extends z.ZodType>(schema: S, type: ReturnTypeFunc): ParameterDecorator {
  return Args({ type }, new ZodInputPipe(schema));
}
