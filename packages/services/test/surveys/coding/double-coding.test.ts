// Open-text coding through the use cases on each dialect: codebook versions (a rename keeps the
// codings), blind double coding (the second coder's reads never hold the first coder's codes until
// both finish or an owner reveals them), who may do what, agreement on the methods doc's worked
// example and on the hand-worked multi-code example (see coding-agreement.test.ts for the working),
// adjudication, and the final codes' frequencies and CSV.
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  addCode,
  adjudicateAnswer,
  codeAnswer,
  codingAgreementReport,
  codingCodebook,
  codingResults,
  codingResultsCsv,
  codingSheet,
  editCode,
  finishCoding,
  listCodingFields,
  revealCodes,
} from "../../../src/surveys/index.ts";
import { type SurveyFixture, slug, surveyFixture } from "../survey-fixture.ts";
import { addMember, codingSurvey } from "./coding-fixture.ts";

const docFirst = ["A", "A", "B", "B", "C", "A", "B", "C", "A", "B"];
const docSecond = ["A", "B", "B", "B", "C", "A", "B", "C", "C", "B"];
const handFirst = ["C", "C,S", "S", "E", "C", "S,E", "E", "S"];
const handSecond = ["C", "C", "S", "E,S", "C", "S,E", "C", "S"];

describe.each(testDialects())("double coding on %s", (dialect) => {
  let fixture: SurveyFixture;
  let analyst: string;
  let secondAnalyst: string;
  let viewer: string;
  beforeAll(async () => {
    fixture = await surveyFixture(dialect);
    analyst = await addMember(fixture, "ana@example.org", "analyst");
    secondAnalyst = await addMember(fixture, "bo@example.org", "analyst");
    viewer = await addMember(fixture, "vi@example.org", "viewer");
  });
  afterAll(() => fixture?.close());

  test("the methods doc's example: blind until both finish, then kappa 0.696970", async () => {
    const texts = docFirst.map((_, i) => `Segment ${i + 1}`);
    const { surveyId, responseOf } = await codingSurvey(fixture, "Doc example", "anonymous", texts);
    const as = (userId: string) => ({ userId, slug, surveyId, field: "q1" });
    const ctx = fixture.ctx;
    expect(await listCodingFields(ctx, as(viewer))).toEqual([
      {
        field: "q1",
        title: "What does your firm need most?",
        kind: "text",
        answers: 10,
        codes: 0,
        coders: [],
        revealed: false,
      },
      {
        field: "q2-Comment",
        title: "Where did you hear of us? (Other (please specify))",
        kind: "other",
        answers: 10,
        codes: 0,
        coders: [],
        revealed: false,
      },
    ]);
    const code: Record<string, string> = {};
    for (const label of ["A", "B", "C"]) code[label] = (await addCode(ctx, { ...as(analyst), label })).id;
    await expect(addCode(ctx, { ...as(viewer), label: "D" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(addCode(ctx, { ...as(analyst), label: " a " })).rejects.toMatchObject({
      code: "conflict",
      message: 'The codebook already has a code "a"',
    });
    const codeAll = async (userId: string, labels: readonly string[]) => {
      for (const [i, label] of labels.entries()) {
        await codeAnswer(ctx, {
          ...as(userId),
          responseId: responseOf.get(texts[i]!)!,
          codeIds: [code[label]!],
        });
      }
    };
    await codeAll(analyst, docFirst);
    // The owner is the second coder: their sheet and the codebook carry none of the analyst's codes.
    const ownerSheet = await codingSheet(ctx, as(fixture.ownerId));
    expect(ownerSheet.yourSlot).toBeNull();
    expect(ownerSheet.answers.every((a) => a.codeIds.length === 0)).toBe(true);
    await codeAll(fixture.ownerId, docSecond.slice(0, 4));
    const midway = await codingSheet(ctx, as(fixture.ownerId));
    expect(midway.yourSlot).toBe(2);
    const labelOf = (id: string) => Object.keys(code).find((label) => code[label] === id);
    for (const answer of midway.answers) {
      const index = texts.indexOf(answer.text);
      expect(answer.codeIds.map(labelOf), answer.text).toEqual(index < 4 ? [docSecond[index]] : []);
    }
    await expect(codingAgreementReport(ctx, as(fixture.ownerId))).rejects.toMatchObject({ code: "conflict" });
    await expect(codingResults(ctx, as(viewer))).rejects.toMatchObject({ code: "conflict" });
    await expect(finishCoding(ctx, as(fixture.ownerId))).rejects.toMatchObject({
      code: "conflict",
      message: "You have coded 4 of 10 answers: code them all to finish",
    });
    // A third coder cannot join a double-coded field; a viewer cannot code.
    const any = { responseId: responseOf.get(texts[0]!)!, codeIds: [code.A!] };
    await expect(codeAnswer(ctx, { ...as(secondAnalyst), ...any })).rejects.toMatchObject({
      code: "conflict",
      message: "ana and owner already code this field: it is double coded",
    });
    await expect(codeAnswer(ctx, { ...as(viewer), ...any })).rejects.toMatchObject({ code: "forbidden" });
    await expect(codingSheet(ctx, as(viewer))).rejects.toMatchObject({ code: "forbidden" });
    await codeAll(fixture.ownerId, docSecond);
    await finishCoding(ctx, as(analyst));
    expect((await codingCodebook(ctx, as(viewer))).revealed).toBe(false);
    expect(await finishCoding(ctx, as(fixture.ownerId))).toEqual({
      slot: 2,
      coded: 10,
      answers: 10,
      finished: true,
    });
    const book = await codingCodebook(ctx, as(viewer));
    expect(book.revealed).toBe(true);
    expect(book.coders.map((c) => [c.name, c.slot, c.coded, c.finished])).toEqual([
      ["ana", 1, 10, true],
      ["owner", 2, 10, true],
    ]);
    const agreement = await codingAgreementReport(ctx, as(viewer));
    expect(agreement.overall.basis).toBe("single-code");
    expect(agreement.overall.kappa).toBeCloseTo(0.69697, 5);
    expect(agreement.overall.observedAgreement).toBeCloseTo(0.8, 12);
    expect(agreement.overall.expectedAgreement).toBeCloseTo(0.34, 12);
    expect(agreement.disagreements.map((d) => [d.text, d.first, d.second, d.final]).sort()).toEqual([
      ["Segment 2", [code.A], [code.B], null],
      ["Segment 9", [code.A], [code.C], null],
    ]);
    // Coding is closed once revealed.
    await expect(codeAnswer(ctx, { ...as(analyst), ...any })).rejects.toMatchObject({ code: "conflict" });
  });

  test("the hand-worked multi-code example: reveal, rename, adjudicate, frequencies and CSV", async () => {
    const texts = handFirst.map((_, i) => `Answer ${i + 1}`);
    const { surveyId, responseOf } = await codingSurvey(fixture, "Hand example", "confidential", texts);
    const as = (userId: string) => ({ userId, slug, surveyId, field: "q1" });
    const ctx = fixture.ctx;
    const cost = await addCode(ctx, { ...as(fixture.ownerId), label: "Cost", description: "Prices, fees" });
    const skills = await addCode(ctx, { ...as(fixture.ownerId), label: "Skills" });
    const facilities = await addCode(ctx, { ...as(fixture.ownerId), label: "Facilities" });
    const equipment = await addCode(ctx, { ...as(fixture.ownerId), label: "Kit", parentId: facilities.id });
    await expect(
      addCode(ctx, { ...as(analyst), label: "Deep", parentId: equipment.id }),
    ).rejects.toMatchObject({
      code: "validation",
      message: 'parentId: "Kit" is a sub-code: codes have two levels',
    });
    const ids: Record<string, string> = { C: cost.id, S: skills.id, E: equipment.id };
    const codeAll = async (userId: string, sets: readonly string[]) => {
      for (const [i, set] of sets.entries()) {
        const codeIds = set.split(",").map((k) => ids[k]!);
        await codeAnswer(ctx, { ...as(userId), responseId: responseOf.get(texts[i]!)!, codeIds });
      }
    };
    await codeAll(secondAnalyst, handFirst);
    await codeAll(analyst, handSecond);
    // Renaming keeps the code's id and so its codings; the history keeps both versions.
    const renamed = await editCode(ctx, { ...as(analyst), codeId: equipment.id, label: "Equipment" });
    expect(renamed).toEqual({
      id: equipment.id,
      label: "Equipment",
      description: "",
      parentId: facilities.id,
      version: 2,
    });
    const book = await codingCodebook(ctx, as(viewer));
    expect(book.codes.find((c) => c.id === equipment.id)?.history.map((h) => [h.version, h.label])).toEqual([
      [1, "Kit"],
      [2, "Equipment"],
    ]);
    const sheet = await codingSheet(ctx, as(secondAnalyst));
    expect(sheet.answers.find((a) => a.text === "Answer 7")?.codeIds).toEqual([equipment.id]);
    // Neither has finished: an owner reveals; analysts may not.
    await expect(revealCodes(ctx, as(analyst))).rejects.toMatchObject({ code: "forbidden" });
    expect(await revealCodes(ctx, as(fixture.ownerId))).toEqual({ revealed: true });
    const agreement = await codingAgreementReport(ctx, as(viewer));
    const kappa = Object.fromEntries(agreement.codes.map((c) => [c.label, c.kappa]));
    expect(kappa.Cost).toBeCloseTo(0.75, 12);
    expect(kappa.Skills).toBeCloseTo(0.5, 12);
    expect(kappa.Equipment).toBeCloseTo(5 / 7, 12);
    expect(kappa.Facilities).toBeNull();
    expect(agreement.overall).toMatchObject({
      basis: "pooled-presence",
      percentAgreement: 0.625,
      answers: 8,
    });
    expect(agreement.overall.kappa).toBeCloseTo(23 / 35, 12);
    expect(agreement.disagreements.map((d) => d.text).sort()).toEqual(["Answer 2", "Answer 4", "Answer 7"]);
    const results = await codingResults(ctx, as(viewer));
    expect([results.codedAnswers, results.pending]).toEqual([5, 3]);
    for (const [text, codeIds] of [
      ["Answer 2", [cost.id, skills.id]],
      ["Answer 4", [equipment.id]],
      ["Answer 7", [equipment.id, cost.id]],
    ] as const) {
      await adjudicateAnswer(ctx, { ...as(analyst), responseId: responseOf.get(text)!, codeIds });
    }
    await expect(
      adjudicateAnswer(ctx, { ...as(viewer), responseId: responseOf.get("Answer 2")!, codeIds: [] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      adjudicateAnswer(ctx, {
        ...as(analyst),
        responseId: responseOf.get("Answer 2")!,
        codeIds: [cost.id, cost.id],
      }),
    ).rejects.toMatchObject({ code: "validation", message: `codeIds[1]: code "${cost.id}" is given twice` });
    const after = await codingAgreementReport(ctx, as(viewer));
    expect(after.disagreements.find((d) => d.text === "Answer 7")?.final).toEqual([cost.id, equipment.id]);
    const final = await codingResults(ctx, as(viewer));
    expect([final.answers, final.codedAnswers, final.pending, final.mentions]).toEqual([8, 8, 0, 11]);
    expect(final.codes.map((c) => [c.label, c.answers, c.proportion, c.theme?.answers ?? null])).toEqual([
      ["Cost", 4, 0.5, null],
      ["Skills", 4, 0.5, null],
      ["Facilities", 0, 0, 3],
      ["Equipment", 3, 0.375, null],
    ]);
    // Shares in percent to 4 decimals: Wilson (prop.test, correct = FALSE) 4/8 = 21.5216-78.4784,
    // 3/8 = 13.6844-69.4258, 0/8 = 0-32.4408.
    expect((await codingResultsCsv(ctx, as(viewer))).text).toBe(
      [
        "code,parent,answers,percent_of_answers,ci_low,ci_high,percent_of_mentions,theme_answers,theme_percent,theme_ci_low,theme_ci_high",
        "Cost,,4,50,21.5216,78.4784,36.3636,,,,",
        "Skills,,4,50,21.5216,78.4784,36.3636,,,,",
        "Facilities,,0,0,0,32.4408,0,3,37.5,13.6844,69.4258",
        "Equipment,Facilities,3,37.5,13.6844,69.4258,27.2727,,,,",
        "",
        '"Base: 8 answers with final codes (of 8; 0 pending), 11 mentions. 95% Wilson intervals."',
        "",
      ].join("\r\n"),
    );
  });

  test("an unknown field is not found; a non-member sees no survey", async () => {
    const { surveyId } = await codingSurvey(fixture, "Fields", "confidential", ["Only answer"]);
    await expect(
      codingCodebook(fixture.ctx, { userId: viewer, slug, surveyId, field: "q2" }),
    ).rejects.toMatchObject({
      code: "not-found",
      message: 'No text question or "other" text "q2" in this survey',
    });
  });
});
