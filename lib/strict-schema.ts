import { z } from "zod";

/**
 * A copy of a schema in which every object, however deeply nested, refuses fields it does
 * not declare, so a misspelt `confidenceNotes` is an error rather than silently dropped
 * (zod's objects strip unknown keys by default). Each part is cloned with its own
 * definition, so custom messages, checks and transforms are kept. Recursion here follows
 * the schema, which is a few levels deep, never the data.
 */
export function strictSchema<T extends z.ZodType>(schema: T): T {
  return strictPart(schema) as T;
}

function strictPart(schema: z.core.$ZodType): z.core.$ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, strictPart(field)]));
    return schema.clone({ ...schema._zod.def, shape, catchall: z.never() });
  }
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodNonOptional ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodCatch
  ) {
    // Each of these wraps one `innerType`; typed as one of them, since TypeScript cannot call
    // `clone` on the union. At run time `clone` builds the schema's own class from the def.
    const wrapper = schema as z.ZodOptional;
    return wrapper.clone({ ...wrapper._zod.def, innerType: strictPart(wrapper._zod.def.innerType) });
  }
  if (schema instanceof z.ZodArray) return schema.clone({ ...schema._zod.def, element: strictPart(schema._zod.def.element) });
  if (schema instanceof z.ZodPipe) {
    const def = schema._zod.def;
    return schema.clone({ ...def, in: strictPart(def.in), out: strictPart(def.out) });
  }
  if (schema instanceof z.ZodRecord) return schema.clone({ ...schema._zod.def, valueType: strictPart(schema._zod.def.valueType) });
  if (schema instanceof z.ZodUnion) return schema.clone({ ...schema._zod.def, options: schema._zod.def.options.map((option) => strictPart(option)) });
  return schema;
}
