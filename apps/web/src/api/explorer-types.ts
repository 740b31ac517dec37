// The JSON shapes of the evidence explorer API (issue 5), as the browser reads them: the domain's
// reply types (packages/domain/src/explorer), the same ones the server's use cases return and its
// OpenAPI document describes. Types only: the browser does not parse the replies.
export type {
  ActivityMap,
  ActivitySpace,
  ComparedRegion,
  ExplorerDataset,
  ExplorerLevel,
  ExplorerMethods,
  ExplorerView,
  LqChange,
  MapValue,
  OpportunityRow,
  RegionComparison,
  RegionList,
  RegionListItem,
  RegionOpportunities,
  RegionProfile,
  RegionSummary,
  RelatedStrength,
  SpaceEdge,
  SpaceNode,
  Specialisation,
  UploadedDataset,
  UploadProblem,
  WorkspaceDataset,
} from "@smartspec/domain";
