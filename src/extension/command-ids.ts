/**
 * Every command the extension contributes. A test holds this list against package.json so that
 * a command cannot be declared without being registered, or registered without being declared.
 */
export const COMMAND_IDS = {
  setUp: 'growthLedger.setUp',
  logEntry: 'growthLedger.logEntry',
  newTwoNote: 'growthLedger.newTwoNote',
  recordAssessment: 'growthLedger.recordAssessment',
  refreshEvidence: 'growthLedger.refreshEvidence',
  cancelMining: 'growthLedger.cancelMining',
  openEvidenceItem: 'growthLedger.openEvidenceItem',
  groupEvidence: 'growthLedger.groupEvidence',
  excludeEvidence: 'growthLedger.excludeEvidence',
  mapEvidence: 'growthLedger.mapEvidence',
  copyEvidenceLink: 'growthLedger.copyEvidenceLink',
  generatePacket: 'growthLedger.generatePacket',
  monthlyReview: 'growthLedger.monthlyReview',
  newDevelopmentPlan: 'growthLedger.newDevelopmentPlan',
  copySectionAsText: 'growthLedger.copySectionAsText',
  copySectionAsHtml: 'growthLedger.copySectionAsHtml',
  showMenu: 'growthLedger.showMenu',
  openEvidenceMap: 'growthLedger.openEvidenceMap',
  revealInEvidenceMap: 'growthLedger.revealInEvidenceMap',
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];
