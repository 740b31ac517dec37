import { useMemo } from "react";
import type { MapValue } from "../api/explorer-types.ts";
import { type BoundaryFeature, fittedPath } from "./boundary-features.ts";
import { formatDecimal } from "./format-values.ts";
import { codeProperty, lqColour, noValueColour } from "./map-geometry.ts";

interface ChoroplethProps {
  readonly features: readonly BoundaryFeature[];
  readonly values: readonly MapValue[];
  readonly onOpen: (region: string) => void;
  readonly svgRef?: { current: SVGSVGElement | null };
}

const width = 640;
const height = 760;
// Borders as attributes, not only CSS, so an exported SVG (no stylesheet) keeps them; CSS still
// thickens them on hover and focus.
const outline = { stroke: "#ffffff", strokeWidth: 0.5 } as const;

/**
 * The LQ map: one focusable path per region that has a value (`data-region`), coloured by LQ;
 * click or Enter opens the region's profile. Areas of the layer without a value are drawn grey.
 */
export function Choropleth({ features, values, onOpen, svgRef }: ChoroplethProps) {
  const drawn = useMemo(() => {
    const byCode = new Map(values.map((value) => [value.region, value]));
    const key = codeProperty(
      features.map((item) => item.properties),
      values.map((value) => value.region),
    );
    const path = fittedPath(features, width, height);
    const colour = lqColour();
    return features.map((item, index) => {
      const code = key ? String(item.properties?.[key] ?? "") : "";
      const value = byCode.get(code);
      return {
        index,
        code,
        value,
        d: path(item as never) ?? "",
        fill: value ? colour(value.lq) : noValueColour,
      };
    });
  }, [features, values]);

  return (
    <svg
      ref={(node) => {
        if (svgRef) svgRef.current = node;
      }}
      className="map"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      aria-label="Map"
    >
      {drawn.map((area) =>
        area.value ? (
          // An SVG path is the region's shape, so it is the focusable link itself (an <a> around
          // it would move focus off the element that carries data-region).
          // biome-ignore lint/a11y/useSemanticElements: SVG shapes cannot be <a> elements
          <path
            key={area.index}
            d={area.d}
            fill={area.fill}
            {...outline}
            data-region={area.code}
            tabIndex={0}
            role="link"
            aria-label={`${area.value.name}: LQ ${formatDecimal(area.value.lq)}`}
            onClick={() => onOpen(area.code)}
            onKeyDown={(event) => {
              if (event.key === "Enter") onOpen(area.code);
            }}
          >
            <title>{`${area.value.name} (${area.code}): LQ ${formatDecimal(area.value.lq)}`}</title>
          </path>
        ) : (
          <path key={area.index} d={area.d} fill={area.fill} {...outline} />
        ),
      )}
    </svg>
  );
}
