export * from "./platform-schemas.ts";
export * from "./roles.ts";
