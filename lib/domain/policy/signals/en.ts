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
    // A systematic pass per ask: other words for a person, a call, a complaint, a body, the law.
    String.raw`(can|could|would|will)\s+(you|someone|somebody|one\s+of\s+you)\s+(please\s+)?(call|ring|phone)\s+(me|us)|phone\s+me\s+back|live\s+(agent|person|support)|(a|an|some)\s+(human|real\s+person|actual\s+person)(?=\s*([,.;!?]|$)|\s+(to|who|that|get|going|please|pls|plz|can|could|i|and|or|not|instead|here|there|read\p{L}*|available|look|check|help|answer|reply|respond|call|contact))|human\s+(agent|support|help|operator)|customer\s+service\s+(agent|rep|representative|advis[eo]r)|(a|an)\s+(advis[eo]r|agent|representative)\s+(to\s+)?(call|ring|contact)\s+me`,
    String.raw`(take|taking)\s+(this|it|the\s+matter)\s+further|final\s+response\s+letter|deadlock\s+letter|(worst|shocking|dreadful|disgusting|abysmal)\s+(customer\s+)?service`,
    String.raw`report\s+(you|this|it|your\s+company)\s+to\s+(the\s+)?(\p{L}+\s+)?(ombudsman|regulator|authorit\p{L}*|watchdog|bbb|trading)|watchdog|better\s+business\s+bureau|consumer\s+(rights\s+)?(protection|council|agency|body|organi[sz]ation|association|champion)|financial\s+ombudsman|fos`,
    String.raw`legal\s+(route|steps|case|claim|letter|representation|aid|department|recourse|help)|law\s+(firm|centre|center)|(county|civil|district)\s+court|tribunal|(take|taking|took)\s+(you|this|it|the\s+matter)\s+to\s+(court|tribunal|a\s+judge)|letter\s+before\s+action|ccj|breach\s+of\s+contract|class\s+action|pursue\s+(this\s+|it\s+)?legally|litigat\p{L}*`,
    // A family pass (the first held-out part, now tuning data): colloquial calls, an actual member
    // of staff, no more bots or automated replies, someone who will read it, someone senior.
    String.raw`(give|gimme)\s+(me|us)\s+a\s+(bell|buzz|tinkle|shout)|(bell|buzz)\s+me|drop\s+me\s+a\s+call|(call|ring|phone)\s+me\s+(back|up)`,
    String.raw`(member\s+of\s+(your\s+)?(staff|team)|staff\s+member|team\s+member)\s+(to\s+|who\s+|that\s+|could\s+|can\s+|will\s+|would\s+)?(please\s+)?(call|ring|phone|contact|look|check|read|review|get\s+in\s+touch|get\s+back|help|deal|give\s+me)`,
    String.raw`(actual|real|proper|living|breathing|flesh\s+and\s+blood)\s+(human\p{L}*|person|people|staff|member\s+of\s+staff|employee|agent|being|someone|somebody|advis[eo]r)`,
    String.raw`(no|enough|instead\s+of|not|sick\s+of|tired\s+of|fed\s+up\s+(of|with))\s+(more\s+|any\s+more\s+|the\s+|your\s+|these\s+|those\s+|a\s+|an\s+)?(chat\s*bots?|bots|robots?|ai\s+(assistant|bot|chat)|virtual\s+assistants?|automated\s+(replies|responses|answers|messages|emails|system)|auto[-\s]?(replies|responses)|(canned|template|generic|copy[-\s]?paste[d]?)\s+(replies|responses|answers))`,
    String.raw`in\s+circles\s+with\s+(the\s+|your\s+|these\s+)?(automated|auto|bots?|chat\s*bots?|robots?|ai|system|replies|responses|answers)|(same|another|more)\s+(automated|canned|template|generic|copy[-\s]?pasted?)\s+(reply|replies|response|responses|answer|answers|message)`,
    String.raw`(person|human|someone|somebody|anyone|people)\s+(who|that)\s+(will\s+|can\s+|would\s+|does\s+|is\s+going\s+to\s+)?(actually|really|properly|genuinely)\s+(read|look|listen|understand|check)`,
    String.raw`(pass|forward|hand|refer|escalate)\s+(this|it|me|my\s+(case|ticket|query|complaint|message))\s+(on\s+|over\s+|up\s+)?to\s+(a|an|some|your|the)\s+(person|human|someone|somebody|manager|supervisor|senior|colleague|team\s+leader|real|actual|specialist)`,
    String.raw`(someone|somebody|anyone)\s+(more\s+)?(senior|higher\s+up|in\s+charge|with\s+authority)|senior\s+(member\s+of\s+staff|manager|colleague|person|agent|advis[eo]r)|put\s+me\s+through|(speak|talk)\s+to\s+(your|a|the)\s+(boss|superior|head\s+of)`,
    String.raw`(nobody|no\s+one|no-one|noone)\s+(has\s+|ever\s+)?(replied|responded|answered|got\s+back|came\s+back)|ignored\s+(my|me)|(keep|kept)\s+(being\s+)?ignor\p{L}*`,
    String.raw`(final|formal)\s+demand\s+before|letter\s+of\s+claim|money\s+claim|(issue|file|filing|issued|filed|lodge|lodged|start|starting)\s+(a\s+|my\s+)?(claim|proceedings|case)\s+against`,
    // A human voice; someone from your side to call me.
    String.raw`human\s+voice|(person|someone|somebody|anyone)\s+(from|at|on)\s+(your|the)\s+(side|end|team|company|office)\s+(\p{L}+\s+)?(ring|call|phone|contact)|(ring|phone|call)\s+my\s+(mobile|landline)`,
    // Chasing for the third time; fed up.
    String.raw`(third|fourth|fifth|\d+(rd|th))\s+time\s+(i'?ve|i\s+have|i|that\s+i)\s+(had\s+to\s+)?(chase|chased|contact|contacted|written|write|asked|called|rung|emailed)|fed\s+up|sick\s+and\s+tired`,
    // Is anyone there? The same reply again.
    String.raw`is\s+(there\s+)?(anyone|anybody|someone|somebody)\s+(actually\s+|real\s+)?(there|reading\s+(this|these)|out\s+there)|(keep|keeps|kept)\s+getting\s+the\s+same\s+(reply|response|answer|message)|same\s+(reply|response|answer|message)\s+(again|every\s+time|over\s+and\s+over)`,
    // Rather deal with a person.
    String.raw`(rather|prefer\s+to|prefer)\s+(deal|deal\s+with\s+this|speak|talk|chat)\s+(with|to)\s+(a|an|some|real|actual)\s+(person|human|people|someone)|rather\s+(have|speak\s+to|talk\s+to)\s+(a|an)\s+(person|human)`,
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
    String.raw`(can'?t|cannot|can\s+not|unable\s+to|couldn'?t)\s+afford(?!\s+to\s+(wait|lose\s+(it|this|that)))|hardship|financial\s+difficult\p{L}*`,
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
    String.raw`no\s+(income|wages|salary)|(have|got)\s+no\s+(job|work|pay)|went\s+(bust|bankrupt|under|into\s+administration)|(my|our|his|her)\s+(business|company|shop|factory|firm|employer|store|plant)\s+(has\s+)?(closed|shut|went|collapsed|folded)|(business|company|shop|factory|firm|employer|store|plant)\s+i\s+work(ed)?\s+(at|for|in)\s+(has\s+)?(closed|shut|went|collapsed|folded)|zero\s+hours|lost\s+(my\s+)?(hours|shifts|contract)|contract\s+(ended|(was\s+)?not\s+renewed)|on\s+benefits|jobseeker\p{L}*|between\s+jobs`,
    String.raw`(\d+|few)\s+(quid|pounds|euros?|dollars|bucks)\s+(left|to\s+last)|left\s+for\s+the\s+(month|week)|choose\s+between\s+(food|eating|rent|heating|bills)|skip(ping)?\s+meals|(no|not\s+enough)\s+money\s+(for\s+(food|rent|bills)|to\s+(eat|live))|skint|payday\s+loans?|debt\s+collectors?|bailiffs?|in\s+debt|debts`,
    String.raw`care\s+for\s+my|autis\p{L}*|special\s+needs|(he|she)\s+has\s+(dementia|parkinson'?s|alzheimer'?s|autism)`,
    String.raw`struggle\s+(with\s+)?(reading|writing|numbers|maths|english|technology|computers)|(can'?t|cannot|don'?t)\s+read\s+(or\s+write|english)|(typing|writing)\s+this\s+for\s+me|partially\s+sighted|(poor|bad)\s+eyesight|sight\s+loss`,
    // A systematic pass per driver, in the order above: inflections, euphemisms and idioms.
    String.raw`${KIN}'?s\s+(death|passing|funeral|estate|will|affairs|ashes|grave)|my\s+late\s+${KIN}'?s?|(lost|losing)\s+(our\s+)?${KIN}|(his|her|their)\s+estate|deceased|bereaved|grieving|grief|in\s+mourning|condolences|rest\s+in\s+peace|no\s+longer\s+with\s+us|(lost|losing)\s+(his|her|their)\s+(battle|fight)|(was|were|got)\s+killed|(who|since\s+(he|she))\s+(died|passed)|widower|life\s+insurance\s+(claim|payout)|(organi[sz]e|organi[sz]ing|paying\s+for)\s+(a|the)\s+funeral`,
    String.raw`(had|having|have|after|recovering\s+from|booked\s+in\s+for|awaiting|waiting\s+for)\s+(an?\s+|my\s+)?(major\s+|emergency\s+|heart\s+|knee\s+|hip\s+|back\s+|brain\s+)?(operation|op|surgery)|recover(ing|y)\s+from\s+(a|an|my|the|major|surgery|illness|cancer)|post[-\s]?op|(in|out)patient|radiation\s+(therapy|treatment)|leuka?emia|lymphoma|oncolog\p{L}*|transplant|(kidney|heart|liver)\s+(failure|disease|condition)|long\s+covid|chronic\s+(pain|fatigue|condition|illness)|terminal(ly)?\s+ill\p{L}*|terminal\s+(diagnosis|cancer|condition)|life[-\s]limiting|brain\s+injury|wheelchair|bed(bound|ridden)|housebound|paraly[sz]\p{L}*|long[-\s]term\s+(sick|illness|condition)|((i'?m|i\s+am|been|was|fell|very|really|seriously)\s+)(sick|unwell|poorly|ill)(?!\s+of)`,
    String.raw`(had|having|have|suffered|on\s+the\s+verge\s+of)\s+(a\s+)?(\p{L}+\s+)?breakdown(?!\s+of)|head\s+is\s+(all\s+over\s+the\s+place|a\s+mess|not\s+right)|(not\s+in\s+a|in\s+a\s+(really\s+)?(dark|bad))\s+(good\s+)?place|mentally\s+(ill|unwell|exhausted|drained|not\s+well)|burn(ed|t)?\s*-?\s*out|crisis\s+team|sectioned|psychosis|ocd|eating\s+disorder|anorexi\p{L}*|bulimi\p{L}*|trauma\p{L}*|struggling\s+(mentally|emotionally)|mentally|(hard|tough|rough|difficult)\s+time\s+emotionally|my\s+(meds|medication)|antidepressant\p{L}*|(harm|hurt)(ing)?\s+myself|take\s+my\s+(own\s+)?life|(don'?t|do\s+not)\s+want\s+to\s+(be\s+here|live|wake\s+up)|no\s+reason\s+to\s+live|better\s+off\s+without\s+me|(gambling|alcohol|drug|drinking)\s+(problem|addiction|habit)|problem\s+gambl\p{L}*|gamstop`,
    String.raw`(he|she|husband|wife|partner|boyfriend|girlfriend|ex|fiance)\s+(\p{L}+\s+)?(won'?t|wont|doesn'?t|doesnt|does\s+not|will\s+not|never)\s+let\s+me|(checks|monitors|tracks|questions)\s+(every|each|all)\s+(\p{L}+\s+)?(penny|pound|purchase|transaction|receipt|thing\s+i)|every\s+penny\s+i\s+(spend|earn)|(ex|partner|husband|wife|boyfriend|girlfriend|he|she)\s+(keeps|kept|has\s+been|is)\s+using\s+my|(scared|afraid|frightened|terrified)\s+(to|of)\s+(stop|tell|leave|confront|upset|ask)\s+(him|her|them)|(watches|monitors|tracks|checks)\s+(what|everything|all)\s+i\s+(spend|buy)|(he|she|partner|husband|wife|boyfriend|girlfriend|ex)\s+(has|took|takes|keeps|controls)\s+(all\s+)?(of\s+)?my\s+(passwords|pins?|logins|bank\s+cards?|cards|money|wages)|(makes|made|forces|forced|pressured|pressures|pressuring)\s+me\s+(to\s+)?(take\s+out|sign|borrow|hand\s+over|give\s+(him|her)|apply)|coerc(ed|ion|ive|ing)|gaslight\p{L}*|women'?s\s+aid|non[-\s]molestation|injunction|(left|leaving|escaped|escaping|fled|fleeing)\s+(an?\s+|my\s+)?(abusive|violent|controlling|toxic)|(abusive|violent|toxic)\s+(relationship|marriage|partner|husband|wife|ex)|afraid\s+of\s+(him|her|my\s+(ex|partner|husband|wife))`,
    String.raw`(lost|losing|lose)\s+(my|our|his|her)\s+(\p{L}+\s+)?(job|jobs|work|income|employment|position|role|business)|(i\s+was|i'?ve\s+been|i\s+got|been|got)\s+(dismissed|terminated|made\s+redundant|laid\s+off)|(they|company|employer|boss|work|firm|shop|store|manager)\s+(\p{L}+\s+)?(let|letting)\s+me\s+go|let\s+me\s+go\s+(from|after|last|yesterday|today|this|on)|unfair\s+dismissal|job\s*(centre|center)|job\s*seekers?|(on|claiming|applied\s+for|waiting\s+for|living\s+on)\s+(universal\s+credit|benefits|jsa|esa|pip|unemployment|welfare|food\s+stamps)|out\s+of\s+a\s+job|no\s+longer\s+(employed|working)|(hours|shifts)\s+(were\s+|have\s+been\s+|got\s+)?(cut|reduced|slashed)|pay\s+cut|statutory\s+sick\s+pay|(can'?t|cannot|unable\s+to)\s+(find|get)\s+(a\s+|any\s+)?(job|work)`,
    String.raw`nothing\s+left\s+(after|for|once|until|till|to\s+live)|(after|once)\s+(the\s+|my\s+)?(rent|bills|mortgage)\s+(goes|go|comes?|went|is\s+paid|are\s+paid)|(money|cash|wages|salary|pay|benefits)\s+(always\s+)?(runs?|ran|running)\s+out|r[au]n(ning)?\s+out\s+of\s+money|(i'?m|i\s+am|totally|completely|flat|stony)\s+broke|broke\s+(until|till|before)|pay\s*check\s+to\s+pay\s*check|living\s+on\s+(nothing|fumes)|overdrawn|overdraft\s+(every|each|again)|(can'?t|cannot|couldn'?t|unable\s+to)\s+(pay|cover|make|keep\s+up\s+with)\s+(my\s+|the\s+|our\s+)?(rent|mortgage|bills|energy|gas|electric\p{L}*|council\s+tax|food|shopping|heating)|(can'?t|cannot)\s+(buy|get|put)\s+food|(heat|eat)\s+or\s+(heat|eat)|last\s+(tenner|fiver|few\s+quid|few\s+pounds|\d+\s+(quid|pounds|dollars|euros))|cost\s+of\s+living|(can|could)\s+(barely|hardly|only\s+just)\s+afford|barely\s+(getting\s+by|surviving|scraping\s+by)|scraping\s+by|money\s+is\s+(really\s+|very\s+|so\s+|extremely\s+)?(tight|short)|(short|tight|strapped)\s+(on|for)\s+(money|cash)|behind\s+on\s+(\p{L}+\s+){0,2}(payments|bills|rent)`,
    String.raw`${KIN}\s+(is|has\s+been|became|was)\s+(\p{L}+\s+)?(disabled|bed(bound|ridden)|terminally\s+ill|seriously\s+ill|very\s+ill|unwell|housebound|paraly[sz]ed)|needs\s+(me\s+)?(round|around)\s+the\s+clock|needs?\s+(constant|full[-\s]?time|24/7|round[-\s]the[-\s]clock|daily)\s+(care|help|support|supervision)|constant\s+care|(24/7|round[-\s]the[-\s]clock|full[-\s]?time)\s+care|(care|caring)\s+(responsibilities|duties)|carer'?s\s+allowance|(care|nursing)\s+home|respite|(take|taking|took|takes)\s+care\s+of\s+(my|our)\s+(\p{L}+\s+)?${KIN}|look(s|ing|ed)?\s+after\s+(my\s+|our\s+)?(\p{L}+\s+)?${KIN}|(give|gave|giving|given)\s+up\s+(my\s+)?(work|job|career)`,
    String.raw`(i'?m|i\s+am)\s+(very\s+|quite\s+|too\s+|getting\s+)?(elderly|old|a\s+pensioner|retired|a\s+senior|an\s+oap|in\s+my\s+([789]0s|eighties|seventies|nineties))(?!\s+(customer|user|client|member|account|card))|(don'?t|do\s+not|can'?t|cannot)\s+understand\s+(computers|technology|the\s+internet|smartphones|online\s+banking|these\s+apps|any\s+of\s+this)|memory\s+(problems|loss|issues)|(poor|bad|failing)\s+(eyes|eyesight|vision|hearing|memory)|(can'?t|cannot)\s+(see|hear)\s+(well|very\s+well|properly|the\s+screen)|my\s+eye(s|sight)\s+(are|is|aren'?t|isn'?t|have|has|are\s+not|is\s+not|getting)|(text|writing|font|print|letters)\s+(\p{L}+\s+){0,4}(is|are)\s+(too|so|very)\s+(small|tiny)|hearing\s+aid|sign\s+language|screen\s+reader|large\s+print|braille|(don'?t|do\s+not)\s+speak\s+(good\s+|much\s+|very\s+good\s+)?english|(using|used|use)\s+(google\s+)?translat(e|or|ion)|learning\s+disabled|adhd|(not|never\s+been)\s+(very\s+|too\s+|that\s+|so\s+)?(good|great|confident|comfortable)\s+(with|at|using)\s+(apps|computers|technology|tech|phones|smartphones|the\s+internet)|technophobe|grand(son|daughter|child|kids?|aughter)\s+(\p{L}+\s+)?(helps|does|did|sets|set|handles|sorts)\s+(me|this|it|everything|all)|not\s+tech[-\s]?savvy`,
    // A family pass per driver (the first held-out part, now tuning data), in the order above.
    String.raw`(executor|executrix|administrator|personal\s+representative)\s+(of|for|on)|estate\s+of\s+(my|the\s+late|our)|the\s+late\s+(mr|mrs|ms|miss|dr)|(deceased|late)\s+(mother|father|husband|wife|partner|son|daughter|brother|sister|aunt|uncle|mum|dad|grand\p{L}*|nan|relative|parent)|(was|were|got|been)\s+killed|(died|killed)\s+in\s+(a|an|the)\s+(\p{L}+\s+)?(accident|crash|collision|fire)|(lost|losing)\s+(our|my)\s+(\p{L}+\s+)?(baby|little\s+(boy|girl|one)|child|twins?)|stillb\p{L}*|miscarr\p{L}*|no\s+longer\s+with\s+us|(left|leaving)\s+us\s+(in|on|at|last|this|after|suddenly|peacefully)|(passed|slipped\s+away)\s+(on|peacefully|suddenly|in\s+(his|her|their)\s+sleep)|(death|passing)\s+of\s+(my|our)|(since|after)\s+(his|her|their)\s+(death|passing|funeral)|grieving|grief|in\s+mourning|condolence\p{L}*|death\s+certificate|inquest|coroner`,
    String.raw`(i|he|she|${KIN})\s+(have|has|had|got)\s+(ms|mnd|als|copd|me/cfs|cfs)|diagnosed\s+with\s+(ms|mnd|als)|multiple\s+sclerosis|motor\s+neurone?\s+disease|parkinson\p{L}*|lupus|crohn\p{L}*|colitis|fibromyalgia|epilep\p{L}*|sickle\s+cell|cystic\s+fibrosis|emphysema|meningitis|sepsis|relapse|flare[-\s]?ups?|bed[-\s]?(bound|ridden)|confined\s+to\s+(bed|a\s+wheelchair|the\s+house)|laid\s+up|out\s+of\s+action|(shadow|spot|mass|lump|growth|tumou?r)\s+(on|in)\s+(my|the|his|her)\s+(lung|liver|brain|breast|kidney|bowel|pancreas|chest)|tumou?rs?|biopsy|(scan|test|biopsy|blood)\s+results|(waiting|awaiting)\s+(for\s+)?(an?\s+|my\s+)?(operation|surgery|scan|biopsy|treatment|transplant)|(operate|operating)\s+on\s+(me|him|her)|(chemo|radio|physio|immuno)therapy|haemodialysis|hemodialysis|intensive\s+care|icu`,
    String.raw`sectioned|(involuntarily|compulsorily)\s+(admitted|detained)|(psych|psychiatric|mental\s+health)\s+(ward|unit|hospital|team|nurse|crisis)|crisis\s+(line|team|service|worker|cent(er|re))|(dark|bad|scary|intrusive|suicidal)\s+thoughts|not\s+coping|(can'?t|cannot|couldn'?t)\s+cope|manic|mania|hypoman\p{L}*|samaritans|therapist|psychologist|psychiatrist|(in|having)\s+a\s+(crisis|manic\s+episode|psychotic\s+episode)`,
    String.raw`(women'?s|domestic\s+(violence|abuse))\s+(refuge|shelter)|refuges|safe\s+house|(do\s+not|don'?t|never|stop)\s+(send|sending|post|posting|write|writing|mail|mailing)\s+(anything|letters?|post|mail)\s+(\p{L}+\s+){0,2}(old|previous|former)\s+address|(he|she)\s+(still\s+)?lives\s+there|(afraid|scared|frightened|terrified)\s+of\s+(him|her|my\s+(ex|partner|husband|wife|boyfriend|girlfriend|dad|father|son|stepdad))|(he|she|partner|husband|wife|boyfriend|girlfriend|ex)\s+(\p{L}+\s+)?(takes|took|grabs|grabbed|controls)\s+(my|her|his)\s+(phone|mobile)|(hits|hit|beats|beat|hurts|threatens|threatened)\s+(her|him)|police\s+(are\s+)?involved`,
    String.raw`(contract|fixed[-\s]term\s+\p{L}+|temp\s+job|placement|agency\s+work)\s+(has\s+|had\s+|was\s+|just\s+)?(ended|finished|ran\s+out|run\s+out|expired|not\s+(been\s+)?renewed|terminated|came\s+to\s+an\s+end)|zero[-\s]hours?|(on|claiming|signed\s+on|sign\s+on)\s+(the\s+)?(dole|benefits|jobseeker\p{L}*)|the\s+dole|lay[-\s]?offs|(shop|store|company|factory|firm|business|restaurant|place)\s+i\s+work(ed)?\s+(at|for|in)\s+(is\s+|has\s+)?(closing|closed|shut|shutting|went|gone)|went\s+(bust|into\s+administration)|(lost|losing|lose)\s+(his|her|their|our)\s+(job|work|income)|without\s+work|between\s+jobs|looking\s+for\s+(work|a\s+new\s+job)`,
    String.raw`food\s*banks|food\s+parcels?|soup\s+kitchen|christians\s+against\s+poverty|national\s+debtline|payplan|debt\s+(charity|adviser|advisor|counsell?or|management|relief|helpline|solution)|(choose|choosing|chose|decide|deciding|pick|picking)\s+between\s+(\p{L}+\s+){0,4}(food|eating|heating|electric\p{L}*|gas|rent|bills?|meter|nappies|medication|groceries)|(top|topping)\s+up\s+(the\s+)?(electric|gas|meter|prepayment)|bailiffs?|enforcement\s+agents?|debt\s+collectors?|payday\s+loans?|loan\s+sharks?|pawn(ed|ing|shop)|(skipping|skip|skipped|going\s+without)\s+meals|(leave|left|leaves|leaving)\s+me\s+with\s+(nothing|no\s+money)|social\s+worker|(in|into|deep\s+in|drowning\s+in)\s+debt|(struggling|struggle)\s+to\s+(pay|afford|eat|feed|heat|keep\s+up)`,
    String.raw`(i|we)\s+(do|did|have\s+to\s+do)\s+everything\s+for\s+(him|her|them)|(washing|feeding|dressing|bathing|toileting|lifting)\s+(him|her|them)|(care|caring|cared)\s+for\s+(him|her|them)|(needs|need)\s+me\s+(all\s+the\s+time|constantly|24/7|every\s+minute|round\s+the\s+clock)|(autis\p{L}*|disabled|special\s+needs)\s+(son|daughter|child|children|kids|twins|boy|girl)|(brain|head|spinal)\s+injur\p{L}*|(completely|totally|utterly)\s+(exhausted|drained|worn\s+out|shattered)`,
    String.raw`blind|partially\s+sighted|visually\s+impaired|deaf|hard\s+of\s+hearing|(can'?t|cannot)\s+(use|make)\s+(the\s+)?phone(\s+calls)?|dyscalculi\p{L}*|(numbers|figures|maths)\s+(confuse|confuses|are\s+hard)|power\s+of\s+attorney`,
    // Debts run up in my name; borrowing to eat; let go in other words; burial.
    String.raw`(credit|loans?|debts?|finance|contracts?|catalogues?|phones?\s+contracts?)\s+(taken\s+out\s+|opened\s+|run\s+up\s+)?(in|under)\s+my\s+name|borrow\p{L}*\s+(\p{L}+\s+){0,4}(for|to\s+buy|to\s+get|to\s+pay\s+for)\s+(food|groceries|rent|bills|nappies|electric\p{L}*|gas)|(gave|given|handed)\s+me\s+(my|his|her)\s+notice|(hours|shifts|work)\s+(have\s+|has\s+)?(dried\s+up|disappeared)|buried\s+(my|our)`,
    // Losing a parent said plainly; not my mother tongue; the employer wound up.
    String.raw`second\s+language|english\s+is\s+not\s+my\s+(first|native|mother)|(not|isn'?t)\s+my\s+(native|mother)\s+(language|tongue)`,
    // Not right in the head; he won't let me; the emergency department.
    String.raw`(not\s+in\s+a\s+good|in\s+a\s+(bad|dark|terrible))\s+headspace|a\s*&\s*e|accident\s+and\s+emergency|emergency\s+room|in\s+and\s+out\s+of\s+(hospital|a\s*&\s*e)`,
    // Getting by on borrowed money; signing on; the works closing.
    String.raw`robbing\s+peter\s+to\s+pay\s+paul|(i'?m|i\s+am|been|started|now)\s+signing\s+on|signed\s+on\s+(at|for)|(factory|plant|mill|warehouse|pit)\s+(has\s+)?(shut|closed|closing)`,
  ],
};

export { en };
