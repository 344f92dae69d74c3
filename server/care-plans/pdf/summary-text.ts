/**
 * The words of the client's printed care plan summary, in the languages it is printed in: short,
 * plain sentences for someone who may read with difficulty or in a second language, with no jargon
 * and nothing about risk. Placeholders are `{name}`. The intervention types and barrier kinds are
 * described in everyday words (a type the organisation added is printed with its own label).
 * A language without a catalogue is printed in English with a note saying so (`fallbackNotice`).
 */
import type { barrierKinds } from "../../../core/support/vocabulary.js";
import type { frequencyUnits } from "../../../core/support/care-plan.js";

type Unit = (typeof frequencyUnits)[number];
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface SummaryText {
  /** A BCP 47 locale for dates (Latin digits where the script's own would be drawn backwards). */
  locale: string;
  direction: "ltr" | "rtl";
  title: string;
  intro: string;
  agreedOn: string;
  goalsHeading: string;
  goalBy: string;
  supportHeading: string;
  supportWith: string;
  supportHowOften: string;
  supportStarts: string;
  supportFromTo: string;
  supportForGoals: string;
  noSupport: string;
  barriersHeading: string;
  barrierAction: string;
  reviewHeading: string;
  reviewOn: string;
  questions: string;
  footer: string;
  asNeeded: string;
  every: Record<Unit, string>;
  /** Every `{n}` days, weeks or months, by the language's plural rule for n (2 and more). */
  everyN: Record<Unit, PluralForms>;
  interventionTypes: Record<string, string>;
  barrierKinds: Record<(typeof barrierKinds)[number], string>;
}

const en: SummaryText = {
  locale: "en-GB",
  direction: "ltr",
  title: "My support plan",
  intro: "This is the plan we agreed together. It shows what you want to change, the support you will get, and when we will look at it again.",
  agreedOn: "Agreed on {date}",
  goalsHeading: "My goals",
  goalBy: "Aim to do this by {date}",
  supportHeading: "The support I will get",
  supportWith: "With: {who}",
  supportHowOften: "How often: {often}",
  supportStarts: "Starts on {date}",
  supportFromTo: "From {start} to {end}",
  supportForGoals: "Goals it helps with: {goals}",
  noSupport: "Your support will be added to this plan soon.",
  barriersHeading: "Things that might get in the way",
  barrierAction: "What we will do: {how}",
  reviewHeading: "Looking at the plan again",
  reviewOn: "We will look at this plan together on {date}.",
  questions: "If you have a question, or want to change something, please talk to your worker at {organisation}.",
  footer: "{organisation} · Printed on {date}",
  asNeeded: "When needed",
  every: { day: "Every day", week: "Every week", month: "Every month" },
  everyN: { day: { other: "Every {n} days" }, week: { other: "Every {n} weeks" }, month: { other: "Every {n} months" } },
  interventionTypes: {
    cbt_cravings: "Talking therapy (CBT) to help with cravings",
    one_to_one_mentoring: "Meeting one to one with a mentor",
    lived_experience_mentoring: "A mentor who has been through it too",
    theology_sessions: "Talking about faith with a qualified adviser",
    female_support_worker: "Sessions with a female support worker",
    family_work: "Working with your family",
    harm_reduction: "Help to keep safer",
    sexual_health: "Sexual health support",
    housing_benefits_help: "Help with housing or benefits",
    education_employment_support: "Help with education or work",
    partner_referral: "Support from a partner service",
  },
  barrierKinds: {
    language: "Language",
    cultural_or_faith: "Culture or faith",
    childcare: "Childcare",
    transport: "Travel",
    stigma: "Worry about what others think",
    literacy: "Reading and writing",
    immigration_status: "Immigration status",
    caring_responsibilities: "Caring for someone",
    disability_or_health: "Health or disability",
    other: "Something else",
  },
};

const ur: SummaryText = {
  locale: "ur-PK-u-nu-latn",
  direction: "rtl",
  title: "میرا معاونتی منصوبہ",
  intro: "یہ وہ منصوبہ ہے جس پر ہم نے مل کر اتفاق کیا۔ اس میں لکھا ہے کہ آپ کیا بدلنا چاہتے ہیں، آپ کو کیا مدد ملے گی، اور ہم اسے دوبارہ کب دیکھیں گے۔",
  agreedOn: "{date} کو طے ہوا",
  goalsHeading: "میرے مقاصد",
  goalBy: "کوشش ہے کہ یہ {date} تک ہو جائے",
  supportHeading: "مجھے ملنے والی مدد",
  supportWith: "کس کے ساتھ: {who}",
  supportHowOften: "کتنی بار: {often}",
  supportStarts: "{date} سے شروع",
  supportFromTo: "{start} سے {end} تک",
  supportForGoals: "مقصد نمبر {goals} میں مدد کرتی ہے",
  noSupport: "آپ کی مدد جلد ہی اس منصوبے میں شامل کی جائے گی۔",
  barriersHeading: "وہ باتیں جو راستے میں رکاوٹ بن سکتی ہیں",
  barrierAction: "ہم کیا کریں گے: {how}",
  reviewHeading: "منصوبے کو دوبارہ دیکھنا",
  reviewOn: "ہم {date} کو مل کر اس منصوبے کو دوبارہ دیکھیں گے۔",
  questions: "اگر آپ کا کوئی سوال ہو، یا آپ کچھ بدلنا چاہیں، تو براہ کرم {organisation} میں اپنے کارکن سے بات کریں۔",
  footer: "{organisation} · {date} کو چھاپا گیا",
  asNeeded: "ضرورت کے وقت",
  every: { day: "روزانہ", week: "ہر ہفتے", month: "ہر مہینے" },
  everyN: { day: { other: "ہر {n} دن بعد" }, week: { other: "ہر {n} ہفتے بعد" }, month: { other: "ہر {n} مہینے بعد" } },
  interventionTypes: {
    cbt_cravings: "طلب سے نمٹنے کے لیے بات چیت کی تھراپی (CBT)",
    one_to_one_mentoring: "رہنما (مینٹور) سے اکیلے میں ملاقات",
    lived_experience_mentoring: "ایسا رہنما جو خود اس تجربے سے گزرا ہو",
    theology_sessions: "ایک مستند عالم کے ساتھ دین کے بارے میں بات چیت",
    female_support_worker: "خاتون معاون کارکن کے ساتھ ملاقاتیں",
    family_work: "آپ کے خاندان کے ساتھ مل کر کام",
    harm_reduction: "زیادہ محفوظ رہنے میں مدد",
    sexual_health: "جنسی صحت کے بارے میں مدد",
    housing_benefits_help: "رہائش یا سرکاری امداد (بینیفٹس) میں مدد",
    education_employment_support: "تعلیم یا روزگار میں مدد",
    partner_referral: "کسی شراکت دار ادارے سے مدد",
  },
  barrierKinds: {
    language: "زبان",
    cultural_or_faith: "ثقافت یا عقیدہ",
    childcare: "بچوں کی دیکھ بھال",
    transport: "آنے جانے کا مسئلہ",
    stigma: "لوگوں کی باتوں کا ڈر",
    literacy: "پڑھنا لکھنا",
    immigration_status: "امیگریشن کی حیثیت",
    caring_responsibilities: "کسی کی دیکھ بھال کی ذمہ داری",
    disability_or_health: "صحت یا معذوری",
    other: "کچھ اور",
  },
};

const ar: SummaryText = {
  locale: "ar-u-nu-latn",
  direction: "rtl",
  title: "خطة الدعم الخاصة بي",
  intro: "هذه هي الخطة التي اتفقنا عليها معًا. توضح ما تريد تغييره، والدعم الذي ستحصل عليه، ومتى سننظر فيها مرة أخرى.",
  agreedOn: "تم الاتفاق عليها في {date}",
  goalsHeading: "أهدافي",
  goalBy: "نسعى إلى تحقيق هذا بحلول {date}",
  supportHeading: "الدعم الذي سأحصل عليه",
  supportWith: "مع: {who}",
  supportHowOften: "كم مرة: {often}",
  supportStarts: "يبدأ في {date}",
  supportFromTo: "من {start} إلى {end}",
  supportForGoals: "يساعد في الهدف رقم {goals}",
  noSupport: "ستتم إضافة الدعم إلى خطتك قريبًا.",
  barriersHeading: "أمور قد تقف في الطريق",
  barrierAction: "ما سنفعله: {how}",
  reviewHeading: "مراجعة الخطة مرة أخرى",
  reviewOn: "سنراجع هذه الخطة معًا في {date}.",
  questions: "إذا كان لديك سؤال، أو أردت تغيير شيء، يرجى التحدث إلى الموظف المسؤول عنك في {organisation}.",
  footer: "{organisation} · طُبعت في {date}",
  asNeeded: "عند الحاجة",
  every: { day: "كل يوم", week: "كل أسبوع", month: "كل شهر" },
  everyN: {
    day: { two: "كل يومين", few: "كل {n} أيام", other: "كل {n} يومًا" },
    week: { two: "كل أسبوعين", few: "كل {n} أسابيع", other: "كل {n} أسبوعًا" },
    month: { two: "كل شهرين", few: "كل {n} أشهر", other: "كل {n} شهرًا" },
  },
  interventionTypes: {
    cbt_cravings: "علاج بالكلام (CBT) للمساعدة على التغلب على الرغبة الشديدة",
    one_to_one_mentoring: "لقاءات فردية مع مرشد",
    lived_experience_mentoring: "مرشد مرّ بتجربة مشابهة",
    theology_sessions: "حديث عن الدين مع مستشار مؤهل",
    female_support_worker: "جلسات مع موظفة دعم",
    family_work: "العمل مع عائلتك",
    harm_reduction: "المساعدة لتبقى أكثر أمانًا",
    sexual_health: "دعم في الصحة الجنسية",
    housing_benefits_help: "المساعدة في السكن أو الإعانات",
    education_employment_support: "المساعدة في التعليم أو العمل",
    partner_referral: "دعم من جهة شريكة",
  },
  barrierKinds: {
    language: "اللغة",
    cultural_or_faith: "الثقافة أو الدين",
    childcare: "رعاية الأطفال",
    transport: "التنقل",
    stigma: "القلق مما يظنه الآخرون",
    literacy: "القراءة والكتابة",
    immigration_status: "وضع الهجرة",
    caring_responsibilities: "رعاية شخص آخر",
    disability_or_health: "الصحة أو الإعاقة",
    other: "شيء آخر",
  },
};

const pa: SummaryText = {
  locale: "pa-Guru-IN",
  direction: "ltr",
  title: "ਮੇਰੀ ਸਹਾਇਤਾ ਯੋਜਨਾ",
  intro: "ਇਹ ਉਹ ਯੋਜਨਾ ਹੈ ਜਿਸ ਉੱਤੇ ਅਸੀਂ ਮਿਲ ਕੇ ਸਹਿਮਤ ਹੋਏ। ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਤੁਸੀਂ ਕੀ ਬਦਲਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਮਿਲੇਗੀ, ਅਤੇ ਅਸੀਂ ਇਸਨੂੰ ਦੁਬਾਰਾ ਕਦੋਂ ਦੇਖਾਂਗੇ।",
  agreedOn: "{date} ਨੂੰ ਤੈਅ ਹੋਈ",
  goalsHeading: "ਮੇਰੇ ਟੀਚੇ",
  goalBy: "ਕੋਸ਼ਿਸ਼ ਹੈ ਕਿ ਇਹ {date} ਤੱਕ ਹੋ ਜਾਵੇ",
  supportHeading: "ਮੈਨੂੰ ਮਿਲਣ ਵਾਲੀ ਮਦਦ",
  supportWith: "ਕਿਸ ਨਾਲ: {who}",
  supportHowOften: "ਕਿੰਨੀ ਵਾਰ: {often}",
  supportStarts: "{date} ਤੋਂ ਸ਼ੁਰੂ",
  supportFromTo: "{start} ਤੋਂ {end} ਤੱਕ",
  supportForGoals: "ਟੀਚਾ ਨੰਬਰ {goals} ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ",
  noSupport: "ਤੁਹਾਡੀ ਮਦਦ ਜਲਦੀ ਹੀ ਇਸ ਯੋਜਨਾ ਵਿੱਚ ਜੋੜੀ ਜਾਵੇਗੀ।",
  barriersHeading: "ਉਹ ਗੱਲਾਂ ਜੋ ਰਾਹ ਵਿੱਚ ਰੁਕਾਵਟ ਬਣ ਸਕਦੀਆਂ ਹਨ",
  barrierAction: "ਅਸੀਂ ਕੀ ਕਰਾਂਗੇ: {how}",
  reviewHeading: "ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਣਾ",
  reviewOn: "ਅਸੀਂ {date} ਨੂੰ ਮਿਲ ਕੇ ਇਸ ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਾਂਗੇ।",
  questions: "ਜੇ ਤੁਹਾਡਾ ਕੋਈ ਸਵਾਲ ਹੈ, ਜਾਂ ਤੁਸੀਂ ਕੁਝ ਬਦਲਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ {organisation} ਵਿੱਚ ਆਪਣੇ ਕਰਮਚਾਰੀ ਨਾਲ ਗੱਲ ਕਰੋ।",
  footer: "{organisation} · {date} ਨੂੰ ਛਾਪੀ ਗਈ",
  asNeeded: "ਲੋੜ ਪੈਣ ਤੇ",
  every: { day: "ਹਰ ਰੋਜ਼", week: "ਹਰ ਹਫ਼ਤੇ", month: "ਹਰ ਮਹੀਨੇ" },
  everyN: { day: { other: "ਹਰ {n} ਦਿਨਾਂ ਬਾਅਦ" }, week: { other: "ਹਰ {n} ਹਫ਼ਤਿਆਂ ਬਾਅਦ" }, month: { other: "ਹਰ {n} ਮਹੀਨਿਆਂ ਬਾਅਦ" } },
  interventionTypes: {
    cbt_cravings: "ਤਲਬ ਨਾਲ ਨਜਿੱਠਣ ਲਈ ਗੱਲਬਾਤ ਵਾਲੀ ਥੈਰੇਪੀ (CBT)",
    one_to_one_mentoring: "ਮੈਂਟਰ ਨਾਲ ਇਕੱਲੇ ਮੁਲਾਕਾਤ",
    lived_experience_mentoring: "ਅਜਿਹਾ ਮੈਂਟਰ ਜੋ ਖੁਦ ਇਸ ਤਜਰਬੇ ਵਿੱਚੋਂ ਲੰਘਿਆ ਹੋਵੇ",
    theology_sessions: "ਇੱਕ ਯੋਗ ਸਲਾਹਕਾਰ ਨਾਲ ਧਰਮ ਬਾਰੇ ਗੱਲਬਾਤ",
    female_support_worker: "ਮਹਿਲਾ ਸਹਾਇਕ ਕਰਮਚਾਰੀ ਨਾਲ ਮੁਲਾਕਾਤਾਂ",
    family_work: "ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ",
    harm_reduction: "ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਵਿੱਚ ਮਦਦ",
    sexual_health: "ਜਿਨਸੀ ਸਿਹਤ ਬਾਰੇ ਮਦਦ",
    housing_benefits_help: "ਰਿਹਾਇਸ਼ ਜਾਂ ਬੈਨੀਫਿਟਸ ਵਿੱਚ ਮਦਦ",
    education_employment_support: "ਪੜ੍ਹਾਈ ਜਾਂ ਕੰਮ ਵਿੱਚ ਮਦਦ",
    partner_referral: "ਕਿਸੇ ਸਾਥੀ ਸੰਸਥਾ ਤੋਂ ਮਦਦ",
  },
  barrierKinds: {
    language: "ਭਾਸ਼ਾ",
    cultural_or_faith: "ਸੱਭਿਆਚਾਰ ਜਾਂ ਧਰਮ",
    childcare: "ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ",
    transport: "ਆਉਣ-ਜਾਣ",
    stigma: "ਲੋਕਾਂ ਦੀਆਂ ਗੱਲਾਂ ਦਾ ਡਰ",
    literacy: "ਪੜ੍ਹਨਾ ਅਤੇ ਲਿਖਣਾ",
    immigration_status: "ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਥਿਤੀ",
    caring_responsibilities: "ਕਿਸੇ ਦੀ ਦੇਖਭਾਲ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ",
    disability_or_health: "ਸਿਹਤ ਜਾਂ ਅਪਾਹਜਤਾ",
    other: "ਕੁਝ ਹੋਰ",
  },
};

const bn: SummaryText = {
  locale: "bn-BD",
  direction: "ltr",
  title: "আমার সহায়তা পরিকল্পনা",
  intro: "এটি সেই পরিকল্পনা যা আমরা একসাথে ঠিক করেছি। এতে লেখা আছে আপনি কী বদলাতে চান, আপনি কী সাহায্য পাবেন, এবং আমরা কবে আবার এটি দেখব।",
  agreedOn: "{date} তারিখে ঠিক করা হয়েছে",
  goalsHeading: "আমার লক্ষ্য",
  goalBy: "চেষ্টা থাকবে {date} তারিখের মধ্যে এটি করা",
  supportHeading: "আমি যে সাহায্য পাব",
  supportWith: "কার সাথে: {who}",
  supportHowOften: "কত ঘন ঘন: {often}",
  supportStarts: "{date} তারিখ থেকে শুরু",
  supportFromTo: "{start} থেকে {end} পর্যন্ত",
  supportForGoals: "লক্ষ্য নম্বর {goals}-এ সাহায্য করে",
  noSupport: "আপনার সাহায্য শিগগিরই এই পরিকল্পনায় যোগ করা হবে।",
  barriersHeading: "যে বিষয়গুলো পথে বাধা হতে পারে",
  barrierAction: "আমরা যা করব: {how}",
  reviewHeading: "পরিকল্পনাটি আবার দেখা",
  reviewOn: "আমরা {date} তারিখে একসাথে এই পরিকল্পনাটি আবার দেখব।",
  questions: "আপনার কোনো প্রশ্ন থাকলে, বা কিছু বদলাতে চাইলে, দয়া করে {organisation}-এ আপনার কর্মীর সাথে কথা বলুন।",
  footer: "{organisation} · {date} তারিখে ছাপা হয়েছে",
  asNeeded: "প্রয়োজন হলে",
  every: { day: "প্রতিদিন", week: "প্রতি সপ্তাহে", month: "প্রতি মাসে" },
  everyN: { day: { other: "প্রতি {n} দিন পর পর" }, week: { other: "প্রতি {n} সপ্তাহ পর পর" }, month: { other: "প্রতি {n} মাস পর পর" } },
  interventionTypes: {
    cbt_cravings: "তীব্র আকাঙ্ক্ষা সামলাতে কথা বলার থেরাপি (CBT)",
    one_to_one_mentoring: "একজন মেন্টরের সাথে একা দেখা করা",
    lived_experience_mentoring: "এমন একজন মেন্টর যিনি নিজেও এই অভিজ্ঞতার মধ্য দিয়ে গেছেন",
    theology_sessions: "একজন যোগ্য উপদেষ্টার সাথে ধর্ম নিয়ে কথা বলা",
    female_support_worker: "একজন মহিলা সহায়তা কর্মীর সাথে সেশন",
    family_work: "আপনার পরিবারের সাথে মিলে কাজ",
    harm_reduction: "আরও নিরাপদ থাকতে সাহায্য",
    sexual_health: "যৌন স্বাস্থ্য বিষয়ে সাহায্য",
    housing_benefits_help: "বাসস্থান বা বেনিফিট বিষয়ে সাহায্য",
    education_employment_support: "পড়াশোনা বা কাজ বিষয়ে সাহায্য",
    partner_referral: "একটি সহযোগী সংস্থার সাহায্য",
  },
  barrierKinds: {
    language: "ভাষা",
    cultural_or_faith: "সংস্কৃতি বা ধর্ম",
    childcare: "শিশুর যত্ন",
    transport: "যাতায়াত",
    stigma: "অন্যরা কী ভাববে সেই চিন্তা",
    literacy: "পড়া ও লেখা",
    immigration_status: "অভিবাসন অবস্থা",
    caring_responsibilities: "কারও দেখাশোনার দায়িত্ব",
    disability_or_health: "স্বাস্থ্য বা প্রতিবন্ধকতা",
    other: "অন্য কিছু",
  },
};

const pl: SummaryText = {
  locale: "pl-PL",
  direction: "ltr",
  title: "Mój plan wsparcia",
  intro: "To jest plan, który wspólnie uzgodniliśmy. Pokazuje, co chcesz zmienić, jakie wsparcie otrzymasz i kiedy znowu go omówimy.",
  agreedOn: "Uzgodniony {date}",
  goalsHeading: "Moje cele",
  goalBy: "Chcemy to osiągnąć do {date}",
  supportHeading: "Wsparcie, które otrzymam",
  supportWith: "Z kim: {who}",
  supportHowOften: "Jak często: {often}",
  supportStarts: "Początek: {date}",
  supportFromTo: "Od {start} do {end}",
  supportForGoals: "Cele, w których pomaga: {goals}",
  noSupport: "Wsparcie zostanie wkrótce dodane do tego planu.",
  barriersHeading: "Co może przeszkodzić",
  barrierAction: "Co zrobimy: {how}",
  reviewHeading: "Ponowne omówienie planu",
  reviewOn: "Omówimy ten plan ponownie razem {date}.",
  questions: "Jeśli masz pytania albo chcesz coś zmienić, porozmawiaj ze swoim opiekunem w organizacji {organisation}.",
  footer: "{organisation} · Wydrukowano {date}",
  asNeeded: "W razie potrzeby",
  every: { day: "Codziennie", week: "Co tydzień", month: "Co miesiąc" },
  everyN: {
    day: { other: "Co {n} dni" },
    week: { few: "Co {n} tygodnie", many: "Co {n} tygodni", other: "Co {n} tygodnia" },
    month: { few: "Co {n} miesiące", many: "Co {n} miesięcy", other: "Co {n} miesiąca" },
  },
  interventionTypes: {
    cbt_cravings: "Terapia rozmową (CBT), która pomaga radzić sobie z głodem",
    one_to_one_mentoring: "Spotkania indywidualne z mentorem",
    lived_experience_mentoring: "Mentor, który sam przeszedł przez podobne doświadczenia",
    theology_sessions: "Rozmowy o wierze z wykwalifikowanym doradcą",
    female_support_worker: "Spotkania z pracowniczką wsparcia",
    family_work: "Praca z Twoją rodziną",
    harm_reduction: "Pomoc w zachowaniu większego bezpieczeństwa",
    sexual_health: "Wsparcie w zakresie zdrowia seksualnego",
    housing_benefits_help: "Pomoc w sprawie mieszkania lub zasiłków",
    education_employment_support: "Pomoc w nauce lub pracy",
    partner_referral: "Wsparcie organizacji partnerskiej",
  },
  barrierKinds: {
    language: "Język",
    cultural_or_faith: "Kultura lub wiara",
    childcare: "Opieka nad dziećmi",
    transport: "Dojazd",
    stigma: "Obawa przed tym, co pomyślą inni",
    literacy: "Czytanie i pisanie",
    immigration_status: "Status imigracyjny",
    caring_responsibilities: "Opieka nad kimś",
    disability_or_health: "Zdrowie lub niepełnosprawność",
    other: "Coś innego",
  },
};

export const summaryTexts = { en, ur, pa, bn, ar, pl } as const satisfies Record<string, SummaryText>;
export type SummaryLanguage = keyof typeof summaryTexts;

/** Printed at the top of an English summary made for a client whose language has no catalogue yet. */
export const fallbackNotice = "This summary is not yet available in your language, so it is in English. Please ask us if you would like help to read it.";

export const hasSummaryText = (language: string): language is SummaryLanguage => Object.hasOwn(summaryTexts, language);

/** Fills `{name}` placeholders. */
export const fill = (message: string, values: Record<string, string | number>): string =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
