// A hand-made three-level classification for the unit tests (shaped like SIC 2007):
//   A  Farming           -> 01 Crops -> 01.1 Cereals, 01.2 Fruit
//                        -> 02 Forestry -> 02.1 Logging
//   C  Manufacturing     -> 29 Motor vehicles -> 29.1 Cars
//                        -> 30 Other transport -> 30.3 Aircraft
import type { Classification } from "../../src/index.ts";

export const tiny: Classification = {
  id: "tiny",
  title: "Tiny test classification",
  version: "1",
  levels: [
    { id: "section", title: "Section" },
    { id: "division", title: "Division" },
    { id: "group", title: "Group" },
  ],
  nodes: [
    { code: "A", title: "Farming", level: "section", parent: null },
    { code: "C", title: "Manufacturing", level: "section", parent: null },
    { code: "01", title: "Crops", level: "division", parent: "A" },
    { code: "02", title: "Forestry", level: "division", parent: "A" },
    { code: "29", title: "Motor vehicles", level: "division", parent: "C" },
    { code: "30", title: "Other transport equipment", level: "division", parent: "C" },
    { code: "01.2", title: "Growing of fruit", level: "group", parent: "01" },
    { code: "01.1", title: "Growing of cereals", level: "group", parent: "01" },
    { code: "02.1", title: "Logging", level: "group", parent: "02" },
    { code: "29.1", title: "Manufacture of cars", level: "group", parent: "29" },
    { code: "30.3", title: "Manufacture of aircraft and spacecraft", level: "group", parent: "30" },
  ],
};
