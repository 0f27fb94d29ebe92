// The standing items' lines, split into ./standing/ (its index.ts says what they keep); importers use this path.
export {
  compressStanding,
  describeStandingItem,
  foldStandingItems,
  isBriefQuestionsMinute,
  isRecordingRuleMinute,
  isSilenceMinute,
  isWelcomeMinute,
  nomination,
  nounPhrase,
  oneDeclaration,
  parseDeclaration,
  REPRESENTATIVES,
  shortTitle,
  shortTitles,
  withoutArrangements,
} from "./standing";
