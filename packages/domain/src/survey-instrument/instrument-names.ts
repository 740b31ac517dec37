// The identifier rules of an instrument. Element and page names become answer keys, SurveyJS
// names, XLSForm names (XML element names) and column names in data exports, so they are plain
// ASCII identifiers; choice values are stored in answers and XLSForm writes select_multiple answers
// separated by spaces, so they may not hold spaces.

/** A letter, then up to 63 letters, digits or underscores: `q1`, `expected_benefits`. */
export const elementNamePattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** 1 to 64 letters, digits, `_`, `.` or `-`, not starting with `.` or `-`: `micro`, `1`, `dont_know`. */
export const choiceValuePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

export const elementNameRule = "a letter, then up to 63 letters, digits or _";
export const choiceValueRule = "1 to 64 letters, digits, _ . or -, not starting with . or -";

/** Whether `name` may name a question, note or page. */
export const isElementName = (name: string): boolean => elementNamePattern.test(name);

/** Whether `value` may be a choice value, a scale's non-substantive code or a split-ballot variant. */
export const isChoiceValue = (value: string): boolean => choiceValuePattern.test(value);
