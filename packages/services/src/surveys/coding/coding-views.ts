// What the coding use cases return: plain JSON-ready views. No view names a respondent or a case;
// an answer is its response id and its text.
import type { CodeFrequencies } from "./code-frequencies.ts";
import type { CodeAgreement, OverallAgreement } from "./coding-agreement.ts";
import type { CodingFieldKind } from "./coding-fields.ts";

export interface CoderView {
  readonly userId: string;
  readonly name: string;
  /** 1 = first coder, 2 = second coder. */
  readonly slot: number;
  /** Answers this coder has given at least one code. */
  readonly coded: number;
  readonly finished: boolean;
}

export interface CodeVersionView {
  readonly version: number;
  readonly label: string;
  readonly description: string;
  readonly parentId: string | null;
  readonly editedAt: string;
}

export interface CodeView {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly parentId: string | null;
  readonly version: number;
}

export interface CodebookView {
  readonly field: string;
  readonly title: string;
  readonly kind: CodingFieldKind;
  /** Answers with a text to code. */
  readonly answers: number;
  readonly codes: readonly (CodeView & { readonly history: readonly CodeVersionView[] })[];
  readonly coders: readonly CoderView[];
  /** Coders see each other's codes (both finished, or an owner revealed them). */
  readonly revealed: boolean;
  /** The caller's slot, or null when they have not coded this field. */
  readonly yourSlot: number | null;
}

export interface CodingFieldView {
  readonly field: string;
  readonly title: string;
  readonly kind: CodingFieldKind;
  readonly answers: number;
  readonly codes: number;
  readonly coders: readonly CoderView[];
  readonly revealed: boolean;
}

export interface CodingSheetView {
  readonly field: string;
  readonly title: string;
  readonly yourSlot: number | null;
  readonly finished: boolean;
  /** Every answer with the caller's own codes only (blind coding). */
  readonly answers: readonly {
    readonly responseId: string;
    readonly text: string;
    readonly codeIds: string[];
  }[];
}

export interface CodingProgressView {
  readonly slot: number;
  readonly coded: number;
  readonly answers: number;
  readonly finished: boolean;
}

export interface DisagreementView {
  readonly responseId: string;
  readonly text: string;
  readonly first: readonly string[];
  readonly second: readonly string[];
  /** The adjudicated set, or null while it is not decided. */
  readonly final: readonly string[] | null;
}

export interface AgreementView {
  readonly field: string;
  readonly title: string;
  readonly coders: readonly CoderView[];
  readonly overall: OverallAgreement;
  readonly codes: readonly (CodeAgreement & { readonly label: string })[];
  readonly disagreements: readonly DisagreementView[];
}

export interface CodingResultsView extends CodeFrequencies {
  readonly field: string;
  readonly title: string;
  /** Answers with a text. */
  readonly answers: number;
  /** Answers without a final code set yet (coders disagree and no one adjudicated, or not double coded). */
  readonly pending: number;
}
