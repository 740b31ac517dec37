// The SurveyJS JSON vocabulary this module reads and writes (survey-core 3.0 property names; see
// the SurveyJS JSON schema, docs/surveyjs_definition.json in surveyjs/survey-library), and the four
// custom properties smartspec adds where SurveyJS has no equivalent.

/** A SurveyJS JSON object (survey, page or element) as parsed JSON. */
export type SurveyJsObject = Record<string, unknown>;

/**
 * Custom properties written on export. SurveyJS keeps unknown properties out of its model unless
 * registered, so the web app registers these with `Serializer.addProperty(className, property)`
 * before loading an exported survey.
 */
export const surveyJsCustomProperties = [
  { className: "survey", property: { name: "splitBallot:object" } },
  { className: "page", property: { name: "variants:string[]" } },
  { className: "question", property: { name: "variants:string[]" } },
  { className: "radiogroup", property: { name: "likert:boolean" } },
  { className: "selectbase", property: { name: "pinSpecialLast:boolean", default: true } },
] as const;

/** SurveyJS element types we convert. */
export const supportedSurveyJsTypes = [
  "radiogroup",
  "dropdown",
  "checkbox",
  "rating",
  "text",
  "comment",
  "ranking",
  "matrix",
  "html",
] as const;

/** Properties that only change how a question looks; read without complaint and not kept. */
export const presentationProperties = new Set([
  "titleLocation",
  "hideNumber",
  "startWithNewLine",
  "width",
  "minWidth",
  "maxWidth",
  "colCount",
  "indent",
  "descriptionLocation",
  "placeholder",
  "autoGrow",
  "allowResize",
  "renderAs",
  "itemComponent",
  "separateSpecialChoices",
  "allowClear",
  "showClearButton",
  "displayMode",
  "rateType",
  "rateDisplayMode",
  "scaleColorMode",
  "rateColorMode",
  "autoGenerate",
  "searchEnabled",
  "state",
  "requiredErrorText",
  "otherErrorText",
  "otherPlaceholder",
  "commentPlaceholder",
  "textUpdateMode",
  "size",
  "inputSize",
  "hideIfChoicesEmpty",
  "alternateRows",
  "columnMinWidth",
  "rowTitleWidth",
  "showHeader",
  "verticalAlign",
  "eachRowUnique",
  "longTap",
  "selectToRankEnabled",
  "navigationTitle",
  "navigationDescription",
  "questionsOrder",
  "maxWidth",
  "errorLocation",
  "autocomplete",
]);

/**
 * Properties that change what is asked or accepted and that we cannot represent: an instrument using
 * them is refused rather than imported with different behaviour.
 */
export const unsupportedLogicProperties = new Set([
  "requiredIf",
  "choicesVisibleIf",
  "choicesEnableIf",
  "rowsVisibleIf",
  "columnsVisibleIf",
  "choicesByUrl",
  "choicesFromQuestion",
  "choicesFromQuestionMode",
  "defaultValue",
  "defaultValueExpression",
  "setValueIf",
  "setValueExpression",
  "resetValueIf",
  "correctAnswer",
  "minSelectedChoices",
  "maxSelectedChoices",
  "showSelectAllItem",
  "hasSelectAll",
  "hasComment",
  "showCommentArea",
  "showRefuseItem",
  "showDontKnowItem",
  "valueName",
  "readOnly",
  "storeOthersAsComment",
  "rateValues",
  "isExclusive",
]);
