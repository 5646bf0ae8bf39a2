import type { LanguagePatterns } from './pattern.js';

/** English. "died" and "lost" count only with a person beside them: phones and cards die too. */

const KIN = String.raw`(mum|mom|mother|mam|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|grand\p{L}*|nan|nana|uncle|aunt\p{L}*|fiance\p{L}*|boyfriend|girlfriend|parents?|best\s+friend|hubby)`;

const en: LanguagePatterns = {
  asksForPerson: [
    String.raw`(speak|talk|chat)\s+(to|with)\s+(a|an|some|your|the)?\s*(real\s+|actual\s+|live\s+)?(human|person|agent|someone|somebody|representative|rep|staff|manager|supervisor|advis[eo]r)`,
    String.raw`(real|actual|live)\s+(human|person|agent|people)`,
    String.raw`(human|person|agent)\s+please`,
    String.raw`(want|need|get|give)\s+(me\s+)?(a|an|to)\s+(human|person|agent|manager|supervisor)`,
    String.raw`(call|ring|phone)\s+me`,
    String.raw`(call|ring)\s*-?\s*backs?`,
    String.raw`(give|get)\s+me\s+a\s+(call|ring|phone\s+call)`,
    String.raw`(someone|somebody|anyone)\s+(to\s+)?(call|ring|phone|contact)`,
    String.raw`phone\s+call\s+with`,
    String.raw`(put|transfer|connect|pass)\s+me\s+(through|on|over)?\s*(to|with)`,
    String.raw`(your|a|the|to)\s+(manager|supervisor|team\s+leader|line\s+manager)`,
    String.raw`not\s+(a|another|this|your)\s+(bot|robot|chatbot|machine|automated)`,
    String.raw`escalat\p{L}*`,
    // A formal complaint.
    String.raw`complain\p{L}*`,
    String.raw`disgrace\p{L}*`,
    // A regulator or ombudsman.
    String.raw`ombuds\p{L}*`,
    String.raw`fca|financial\s+conduct\s+authority|trading\s+standards|citizens\s+advice|regulators?|cfpb`,
    // The law.
    String.raw`solicitors?|lawyers?|attorneys?|legal\s+(action|advice|proceedings|team)|small\s+claims`,
    String.raw`(sue|suing|sued)|(see|take)\s+(you|this|them)\s+(to|in)\s+court`,
    // A person, by phone too.
    String.raw`(speak|talk|discuss|chat)\s+(\p{L}+\s+){0,3}(on|by|over)\s+the\s+phone|(phone|telephone)\s+(call|contact)|human\s+being|(proper|real)\s+person`,
    // A formal complaint, in other words.
    String.raw`unacceptable|appalling|disgusted|outrageous|formal\s+grievance`,
    // The law, in other words.
    String.raw`court|lawsuit|litigation|claim\s+against\s+you`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`bereave\p{L}*|passed\s+away|funeral|widow\p{L}*|probate|executor`,
    String.raw`${KIN}\s+(has\s+|had\s+|just\s+|recently\s+|suddenly\s+|sadly\s+)*(died|passed|dead)`,
    String.raw`(lost|losing)\s+my\s+${KIN}`,
    String.raw`(death|loss)\s+of\s+my\s+${KIN}|death\s+in\s+the\s+family|my\s+late\s+${KIN}`,
    // Health.
    String.raw`cancer|chemo\p{L}*|radiotherapy|dialysis|stroke|heart\s+attack|surgery|dementia|alzheimer\p{L}*`,
    String.raw`(in|into|from|out\s+of|at)\s+(the\s+)?hospital|hospitali[sz]\p{L}*`,
    String.raw`(terminal(ly)?|serious(ly)?|chronic(ally)?|critical(ly)?)\s+ill\p{L}*|illness`,
    String.raw`disabilit\p{L}*|(i'?m|i\s+am|registered)\s+disabled|off\s+(work\s+)?sick|sick\s+(leave|note)|diagnosed`,
    String.raw`mental\s+health|depress(ed|ion)|suicid\p{L}*|self[-\s]?harm\p{L}*|psychiatr\p{L}*`,
    String.raw`(nervous|mental|emotional)\s+breakdown|panic\s+attacks?|kill\s+myself|end\s+(it\s+all|my\s+life)|want\s+to\s+die`,
    String.raw`(don'?t|do\s+not)\s+see\s+the\s+point|bipolar|schizophren\p{L}*|ptsd|addict\p{L}*`,
    // Life events: abuse and financial control.
    String.raw`domestic\s+(abuse|violence)|coercive\s+control|abus(e|ive|er)|(financial|economic)\s+(abuse|control)`,
    String.raw`controls?\s+(all\s+)?(my|our)\s+(money|finances|accounts?|cards?)`,
    String.raw`(he|she|they|partner|husband|wife|ex)\s+(\p{L}+\s+)?(takes|took|keeps)\s+(all\s+)?my\s+(wages|money|salary|benefits|pay)|without\s+my\s+(permission|consent)`,
    String.raw`(hits|beats|hurts|threatens)\s+me|restraining\s+order|refuge`,
    // Life events: job or income loss.
    String.raw`(lost|losing|lose)\s+(my\s+)?(job|work|income|employment)|laid\s+off|redundan\p{L}*|unemploy\p{L}*`,
    String.raw`(got|been|was|were|getting|get)\s+(fired|sacked|let\s+go)|fired\s+me|out\s+of\s+work|jobless`,
    String.raw`universal\s+credit|furlough\p{L}*`,
    // Resilience.
    String.raw`(can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+afford|hardship|financial\s+difficult\p{L}*`,
    String.raw`struggling\s+(financially|to\s+(pay|make\s+ends\s+meet|get\s+by))|make\s+ends\s+meet`,
    String.raw`(behind|arrears)\s+(on|with)\s+(my\s+)?(rent|mortgage|bills)|arrears|food\s*bank|evict\p{L}*`,
    String.raw`feed(ing)?\s+(the\s+|my\s+)?(kids|children|family)|bankrupt\p{L}*|savings\s+(run|ran|running)\s+out`,
    String.raw`(can'?t|cannot)\s+pay\s+(my\s+)?(rent|bills|both)|debt\s+advice|stepchange`,
    // Life events: caring.
    String.raw`carer|caregiver|caring\s+for|look(ing)?\s+after\s+my\s+((disabled|sick|ill|elderly)\s+)?${KIN}`,
    // Capability.
    String.raw`dyslexi\p{L}*|learning\s+(disabilit\p{L}*|difficult\p{L}*)|not\s+my\s+first\s+language`,
    String.raw`(english|language)\s+is\s+(not|n'?t)\s+(very\s+)?good|(can'?t|cannot)\s+read\s+(well|very\s+well)`,
    String.raw`(not|no)\s+(very\s+)?good\s+with\s+(apps|computers|technology|tech|phones|smartphones)`,
    String.raw`i'?m\s+[89]\d(\s+(years|yrs|and)|,)|blind|deaf|visually\s+impaired|hard\s+of\s+hearing|power\s+of\s+attorney`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`buried|burial|cremat\p{L}*|memorial\s+service|passed\s+on|death\s+certificate|next\s+of\s+kin|(he|she)\s+(died|passed)`,
    String.raw`biops\p{L}*|tumou?rs?|diagnos\p{L}*|(start(ing|ed)?|in|having|undergoing)\s+treatment|treatment\s+for|intensive\s+care|hospice|palliative|parkinson\p{L}*|multiple\s+sclerosis|epilep\p{L}*|seizures?|miscarr\p{L}*|(car|road|serious|bad|terrible|an)\s+accident`,
    String.raw`anxiety|panic|(feeling|felt|been)\s+(really\s+|very\s+|so\s+)?(low|hopeless|worthless|desperate)|signed\s+(me\s+)?off|(can'?t|cannot)\s+cope|not\s+coping|(can'?t|cannot)\s+think\s+straight|overwhelmed|therap(y|ist)|counsell?(or|ing)|psycholog\p{L}*`,
    String.raw`(scared|afraid|frightened|terrified)\s+(of|that)|threat\p{L}*|(opened|took\s+out|taken\s+out|set\s+up)\s+(\p{L}+\s+){0,3}in\s+my\s+name|stalk\p{L}*|controlling\s+(partner|husband|wife|ex)|without\s+my\s+knowledge`,
    String.raw`no\s+(income|wages|salary)|(have|got)\s+no\s+(job|work|pay)|went\s+(bust|bankrupt|under|into\s+administration)|(business|company|shop|factory|firm|employer|store|plant)\s+(has\s+)?(closed|shut|went|collapsed|folded)|zero\s+hours|lost\s+(my\s+)?(hours|shifts|contract)|contract\s+(ended|(was\s+)?not\s+renewed)|on\s+benefits|jobseeker\p{L}*|between\s+jobs`,
    String.raw`(\d+|few)\s+(quid|pounds|euros?|dollars|bucks)\s+(left|to\s+last)|left\s+for\s+the\s+(month|week)|choose\s+between\s+(food|eating|rent|heating|bills)|skip(ping)?\s+meals|(no|not\s+enough)\s+money\s+(for\s+(food|rent|bills)|to\s+(eat|live))|skint|payday\s+loans?|debt\s+collectors?|bailiffs?|in\s+debt|debts`,
    String.raw`care\s+for\s+my|autis\p{L}*|special\s+needs|(he|she)\s+has\s+(dementia|parkinson'?s|alzheimer'?s|autism)`,
    String.raw`struggle\s+(with\s+)?(reading|writing|numbers|maths|english|technology|computers)|(can'?t|cannot|don'?t)\s+read\s+(or\s+write|english)|(typing|writing)\s+this\s+for\s+me|partially\s+sighted|(poor|bad)\s+eyesight|sight\s+loss`,
  ],
};

export { en };
