// The closed sets of analysis choices that adapters (the CLI, later the server) offer users.
// Re-exported from the engine so an adapter never imports @smartspec/analytics itself.
export {
  type CleaningStep,
  type ComplexityMethod,
  complexityMethods,
  type PanelFilter,
  type PresenceBasis,
  type ProfileId,
  presenceBases,
  profileIds,
  type RegionalConvention,
  type RelatednessMethod,
  regionalConventions,
  relatednessMethods,
} from "@smartspec/analytics";
