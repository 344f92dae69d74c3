/**
 * The demo's public-site texts: three awareness articles (cannabis and young people, nitrous oxide,
 * hepatitis) in English and Urdu, one waiting for review, and a case study told with its client's
 * consent. General information written for the demo, pointing to the NHS and FRANK by name; the
 * facts are those those services publish (nitrous oxide has been a Class C drug since November 2023;
 * hepatitis C is cured in most people by 8 to 12 weeks of tablets).
 */
import type { ContentTopic, SiteLanguage } from "../../core/content/vocabulary.js";

export interface DemoText {
  slug: string;
  topics: ContentTopic[];
  versions: { language: SiteLanguage; title: string; summary: string; bodyHtml: string }[];
}

const help = (language: SiteLanguage, words: string) => `<a href="/${language}/get-help">${words}</a>`;

export const demoArticles: DemoText[] = [
  {
    slug: "cannabis-and-young-people",
    topics: ["drugs", "mental_health", "family"],
    versions: [
      {
        language: "en",
        title: "Cannabis and young people",
        summary: "What cannabis does to a developing brain, the signs to look out for, and where young people and parents can get help.",
        bodyHtml: `<h2>What is cannabis?</h2><p>Cannabis (also called weed, skunk, hash or grass) is the most commonly used illegal drug in the UK. It is a Class B drug: it is illegal to have it, give it away or sell it, and that includes sharing it with friends.</p><h2>Why it matters more for young people</h2><p>The brain keeps developing until the mid-twenties. Using cannabis regularly while young is linked with problems with memory, concentration and motivation, and can affect how someone does at school or college.</p><p>Much of the cannabis sold today is strong "skunk", high in THC. Regular use of strong cannabis raises the risk of psychosis (hearing or seeing things others do not, or believing things that are not true), especially for people with a family history of mental illness.</p><p>Some people become dependent on cannabis. Stopping can then bring irritability, poor sleep and cravings for a few weeks.</p><h2>Signs to look out for</h2><ul><li>Changes in mood, sleep or appetite</li><li>Losing interest in school, hobbies or friends</li><li>Needing more money, or money going missing</li><li>A strong smell on clothes, or red eyes</li></ul><p>These signs can have other causes. The best first step is a calm conversation, not an argument.</p><h2>Cannabis and exploitation</h2><p>Some young people are drawn into carrying or selling drugs to pay off a debt, or because someone older is pressuring them. This is exploitation, and the young person is a victim. If you are worried about this, talk to us or to the police.</p><h2>Where to get help</h2><p>The NHS page "Cannabis: the facts" and FRANK (talktofrank.com, 0300 123 6600) give honest information about drugs. You can also ${help("en", "ask us for help")}, for yourself or for someone you are worried about.</p>`,
      },
      {
        language: "ur",
        title: "بھنگ (کینابس) اور نوجوان",
        summary: "بڑھتے ہوئے دماغ پر بھنگ کا اثر، کن علامات پر نظر رکھیں، اور نوجوان اور والدین مدد کہاں سے لیں۔",
        bodyHtml: `<h2>بھنگ کیا ہے؟</h2><p>بھنگ (جسے ویڈ، اسکنک، چرس یا گھاس بھی کہتے ہیں) برطانیہ میں سب سے زیادہ استعمال ہونے والی غیر قانونی منشیات ہے۔ یہ کلاس B منشیات ہے: اسے پاس رکھنا، کسی کو دینا یا بیچنا غیر قانونی ہے، دوستوں کے ساتھ بانٹنا بھی۔</p><h2>نوجوانوں کے لیے یہ زیادہ اہم کیوں ہے</h2><p>دماغ بیس سال کی عمر کے وسط تک بنتا رہتا ہے۔ کم عمری میں باقاعدگی سے بھنگ پینے کا تعلق یادداشت، توجہ اور حوصلے کے مسائل سے ہے، اور اس سے اسکول یا کالج کی کارکردگی متاثر ہو سکتی ہے۔</p><p>آج کل بکنے والی زیادہ تر بھنگ تیز "اسکنک" ہوتی ہے جس میں THC زیادہ ہوتا ہے۔ تیز بھنگ کا باقاعدہ استعمال نفسیاتی بیماری (سائیکوسس) کا خطرہ بڑھاتا ہے، خاص طور پر ان لوگوں میں جن کے خاندان میں ذہنی بیماری رہی ہو۔</p><p>کچھ لوگ بھنگ کے عادی ہو جاتے ہیں۔ چھوڑنے پر کچھ ہفتوں تک چڑچڑاپن، نیند کی کمی اور طلب ہو سکتی ہے۔</p><h2>کن علامات پر نظر رکھیں</h2><ul><li>مزاج، نیند یا بھوک میں تبدیلی</li><li>اسکول، مشاغل یا دوستوں میں دلچسپی ختم ہونا</li><li>زیادہ پیسوں کی ضرورت، یا پیسے غائب ہونا</li><li>کپڑوں سے تیز بو، یا سرخ آنکھیں</li></ul><p>ان علامات کی اور وجوہات بھی ہو سکتی ہیں۔ سب سے اچھا پہلا قدم جھگڑا نہیں، بلکہ پرسکون بات چیت ہے۔</p><h2>بھنگ اور استحصال</h2><p>کچھ نوجوانوں کو قرض اتارنے کے لیے، یا کسی بڑے کے دباؤ میں، منشیات اٹھانے یا بیچنے پر لگا دیا جاتا ہے۔ یہ استحصال ہے، اور نوجوان اس کا شکار ہے۔ اگر آپ کو اس کی فکر ہے تو ہم سے یا پولیس سے بات کریں۔</p><h2>مدد کہاں سے لیں</h2><p>NHS کا صفحہ "Cannabis: the facts" اور FRANK (talktofrank.com، 0300 123 6600) منشیات کے بارے میں سچی معلومات دیتے ہیں۔ آپ اپنے لیے یا جس کی آپ کو فکر ہے اس کے لیے ${help("ur", "ہم سے مدد مانگ سکتے ہیں")}۔</p>`,
      },
    ],
  },
  {
    slug: "nitrous-oxide-an-introduction",
    topics: ["drugs"],
    versions: [
      {
        language: "en",
        title: "Nitrous oxide: an introduction",
        summary: "What \"laughing gas\" is, what the law says about it, and the harm it can do.",
        bodyHtml: `<h2>What is it?</h2><p>Nitrous oxide is a gas, often sold in small silver canisters or large bottles and breathed in from a balloon. People call it laughing gas, nos or balloons. It gives a short feeling of euphoria, giggling and dizziness.</p><h2>The law</h2><p>Since November 2023 nitrous oxide has been a Class C drug in the UK. It is illegal to have it to get high, and to supply it for that. It still has legal uses, for example in medicine and catering.</p><h2>The risks</h2><ul><li>Fainting, falls and accidents, especially when used standing up, or near roads or water</li><li>Breathing it straight from a canister can cause cold burns and damage the lungs</li><li>Heavy or regular use lowers vitamin B12 in the body, which can damage the nerves in the spine. This can cause numbness, tingling and difficulty walking, and the damage can be permanent</li></ul><p>Anyone who has tingling or numbness in their hands or feet, or trouble walking, after using nitrous oxide should see a doctor or call NHS 111 straight away.</p><h2>Talking about it</h2><p>Young people may see balloons as harmless fun. Honest facts work better than scare stories. FRANK has clear information, and you can ${help("en", "ask us for help")}.</p>`,
      },
      {
        language: "ur",
        title: "نائٹرس آکسائیڈ: ایک تعارف",
        summary: "\"لافنگ گیس\" کیا ہے، قانون اس کے بارے میں کیا کہتا ہے، اور اس سے کیا نقصان ہو سکتا ہے۔",
        bodyHtml: `<h2>یہ کیا ہے؟</h2><p>نائٹرس آکسائیڈ ایک گیس ہے جو اکثر چھوٹے چاندی جیسے کنستروں یا بڑی بوتلوں میں بکتی ہے اور غبارے سے سانس کے ذریعے لی جاتی ہے۔ لوگ اسے لافنگ گیس، نوس یا غبارے کہتے ہیں۔ اس سے تھوڑی دیر کے لیے خوشی، ہنسی اور چکر کا احساس ہوتا ہے۔</p><h2>قانون</h2><p>نومبر 2023 سے نائٹرس آکسائیڈ برطانیہ میں کلاس C منشیات ہے۔ نشے کے لیے اسے پاس رکھنا اور اس مقصد کے لیے دینا غیر قانونی ہے۔ اس کے جائز استعمال اب بھی ہیں، جیسے طب اور کھانا پکانے میں۔</p><h2>خطرات</h2><ul><li>بے ہوشی، گرنا اور حادثات، خاص طور پر کھڑے ہو کر، یا سڑک یا پانی کے قریب استعمال کرنے پر</li><li>کنستر سے براہ راست سانس لینے سے ٹھنڈ سے جلنے اور پھیپھڑوں کو نقصان کا خطرہ ہے</li><li>زیادہ یا باقاعدہ استعمال جسم میں وٹامن B12 کم کر دیتا ہے، جس سے ریڑھ کی ہڈی کے اعصاب کو نقصان پہنچ سکتا ہے۔ اس سے سن ہونا، جھنجھناہٹ اور چلنے میں دشواری ہو سکتی ہے، اور یہ نقصان مستقل بھی ہو سکتا ہے</li></ul><p>نائٹرس آکسائیڈ کے استعمال کے بعد اگر کسی کے ہاتھ پاؤں میں جھنجھناہٹ یا سن پن ہو، یا چلنے میں مشکل ہو، تو فوراً ڈاکٹر سے ملیں یا NHS 111 پر فون کریں۔</p><h2>اس کے بارے میں بات کرنا</h2><p>نوجوان غباروں کو بے ضرر تفریح سمجھ سکتے ہیں۔ ڈرانے والی کہانیوں سے زیادہ سچی معلومات کام آتی ہیں۔ FRANK پر واضح معلومات موجود ہیں، اور آپ ${help("ur", "ہم سے مدد مانگ سکتے ہیں")}۔</p>`,
      },
    ],
  },
  {
    slug: "hepatitis-an-introduction",
    topics: ["sexual_health", "drugs"],
    versions: [
      {
        language: "en",
        title: "Hepatitis: an introduction",
        summary: "Hepatitis means inflammation of the liver. How hepatitis B and C are passed on, how to get tested, and why it matters.",
        bodyHtml: `<h2>What is hepatitis?</h2><p>Hepatitis means inflammation (swelling) of the liver. It is often caused by a virus. The most common types in the UK are hepatitis A, B and C. Alcohol and some medicines can also damage the liver.</p><h2>How it is passed on</h2><ul><li><strong>Hepatitis A</strong>: mostly through food or water contaminated with the poo of someone who has it.</li><li><strong>Hepatitis B</strong>: through blood and other body fluids, for example unprotected sex, sharing needles, or from a mother to her baby.</li><li><strong>Hepatitis C</strong>: mostly through blood, for example sharing needles, syringes, spoons or straws used to take drugs; sometimes through unprotected sex or unsterilised tattoo and piercing equipment.</li></ul><h2>Why testing matters</h2><p>Many people with hepatitis B or C have no symptoms for years, while the virus slowly damages the liver. Hepatitis C can now be cured in most people with tablets taken for 8 to 12 weeks, and there are vaccines for hepatitis A and B.</p><p>You can ask your GP, a sexual health clinic or a drug and alcohol service for a test. The NHS also offers free home testing kits for hepatitis C.</p><h2>Protecting yourself</h2><ul><li>Never share needles or any other drug equipment</li><li>Use condoms</li><li>Ask about the hepatitis B vaccine if you might be at risk</li></ul><p>The NHS page "Hepatitis" has more. If drugs or alcohol are part of the picture, ${help("en", "we can help")}.</p>`,
      },
      {
        language: "ur",
        title: "ہیپاٹائٹس: ایک تعارف",
        summary: "ہیپاٹائٹس کا مطلب جگر کی سوزش ہے۔ ہیپاٹائٹس B اور C کیسے پھیلتے ہیں، ٹیسٹ کیسے کروائیں، اور یہ کیوں ضروری ہے۔",
        bodyHtml: `<h2>ہیپاٹائٹس کیا ہے؟</h2><p>ہیپاٹائٹس کا مطلب جگر کی سوزش ہے۔ یہ اکثر وائرس سے ہوتی ہے۔ برطانیہ میں سب سے عام قسمیں ہیپاٹائٹس A، B اور C ہیں۔ شراب اور کچھ دوائیں بھی جگر کو نقصان پہنچا سکتی ہیں۔</p><h2>یہ کیسے پھیلتا ہے</h2><ul><li><strong>ہیپاٹائٹس A</strong>: زیادہ تر ایسے کھانے یا پانی سے جس میں متاثرہ شخص کا فضلہ شامل ہو گیا ہو۔</li><li><strong>ہیپاٹائٹس B</strong>: خون اور جسم کی دوسری رطوبتوں سے، مثلاً غیر محفوظ جنسی تعلق، سوئیاں بانٹنے، یا ماں سے بچے کو۔</li><li><strong>ہیپاٹائٹس C</strong>: زیادہ تر خون سے، مثلاً منشیات کے لیے سوئیاں، سرنجیں، چمچ یا اسٹرا بانٹنے سے؛ کبھی کبھار غیر محفوظ جنسی تعلق یا غیر جراثیم کش ٹیٹو اور چھیدنے کے آلات سے۔</li></ul><h2>ٹیسٹ کیوں ضروری ہے</h2><p>ہیپاٹائٹس B یا C والے بہت سے لوگوں میں برسوں تک کوئی علامت نہیں ہوتی، جبکہ وائرس آہستہ آہستہ جگر کو نقصان پہنچاتا رہتا ہے۔ اب زیادہ تر لوگوں میں ہیپاٹائٹس C آٹھ سے بارہ ہفتے گولیاں کھانے سے ٹھیک ہو جاتا ہے، اور ہیپاٹائٹس A اور B کی ویکسین موجود ہے۔</p><p>آپ اپنے جی پی، جنسی صحت کے کلینک یا منشیات اور شراب کی سروس سے ٹیسٹ کا کہہ سکتے ہیں۔ NHS ہیپاٹائٹس C کے لیے گھر پر ٹیسٹ کی مفت کٹ بھی دیتا ہے۔</p><h2>اپنی حفاظت</h2><ul><li>سوئیاں یا منشیات کا کوئی بھی سامان کبھی نہ بانٹیں</li><li>کنڈوم استعمال کریں</li><li>اگر آپ کو خطرہ ہو سکتا ہے تو ہیپاٹائٹس B کی ویکسین کے بارے میں پوچھیں</li></ul><p>مزید معلومات کے لیے NHS کا صفحہ "Hepatitis" دیکھیں۔ اگر منشیات یا شراب بھی مسئلے کا حصہ ہیں تو ${help("ur", "ہم مدد کر سکتے ہیں")}۔</p>`,
      },
    ],
  },
];

/** Written and sent for review, not yet published: for the reviewer in the demo to read and publish. */
export const demoArticleInReview: DemoText = {
  slug: "talking-to-your-child-about-knives",
  topics: ["gangs_knife_crime", "family"],
  versions: [
    {
      language: "en",
      title: "Talking to your child about knives",
      summary: "Why some young people carry a knife, and how to start the conversation.",
      bodyHtml: `<p>Most young people never carry a knife. Those who do often say it is for protection, because they feel unsafe or have been threatened. Carrying a knife makes it more likely, not less, that they will be hurt.</p><h2>Starting the conversation</h2><ul><li>Pick a calm moment, such as a car journey or cooking together</li><li>Ask what they have heard, rather than starting with a lecture</li><li>Listen to what makes them feel unsafe, and take it seriously</li></ul><p>If you think your child is carrying a knife, or is being pressured by others, ${help("en", "talk to us")}. If someone is in danger now, call 999.</p>`,
    },
  ],
};

/** The demo case's story, told with its client's consent: nothing in it matches his record. */
export const demoCaseStudy: DemoText = {
  slug: "finding-another-way",
  topics: ["gangs_knife_crime", "drugs"],
  versions: [
    {
      language: "en",
      title: "Finding another way",
      summary: "A young man who was being pulled into selling cannabis tells how mentoring helped him step away.",
      bodyHtml: `<p>When J. was first referred to us by his school, he was smoking cannabis every day, and older boys had started asking him to carry packages for them. He told us later that he felt he owed them, and could not see a way out.</p><p>His caseworker met him every week, first at school and then at our centre. Together they worked out what he wanted: to finish college and to stop looking over his shoulder. A mentor who had been through something similar himself met him too.</p><blockquote>"Someone actually listened. Nobody told me I was a bad person."</blockquote><p>Over six months he cut down and then stopped using cannabis, and with the support of his mother and his school he moved away from the group. He is now on a college course.</p>`,
    },
    {
      language: "ur",
      title: "ایک اور راستہ",
      summary: "ایک نوجوان جسے بھنگ بیچنے کی طرف کھینچا جا رہا تھا، بتاتا ہے کہ رہنمائی نے اسے کیسے پیچھے ہٹنے میں مدد دی۔",
      bodyHtml: `<p>جب اسکول نے ج۔ کو پہلی بار ہمارے پاس بھیجا تو وہ روزانہ بھنگ پی رہا تھا، اور بڑی عمر کے لڑکے اسے اپنے لیے پیکٹ لے جانے کا کہنے لگے تھے۔ بعد میں اس نے ہمیں بتایا کہ اسے لگتا تھا وہ ان کا مقروض ہے، اور اسے نکلنے کا کوئی راستہ نظر نہیں آتا تھا۔</p><p>اس کا کیس ورکر ہر ہفتے اس سے ملتا، پہلے اسکول میں اور پھر ہمارے مرکز میں۔ دونوں نے مل کر طے کیا کہ وہ کیا چاہتا ہے: کالج مکمل کرنا اور ہر وقت پیچھے مڑ کر دیکھنا بند کرنا۔ ایک رہنما (مینٹور)، جو خود بھی ایسے حالات سے گزر چکا تھا، بھی اس سے ملتا رہا۔</p><blockquote>"کسی نے واقعی میری بات سنی۔ کسی نے مجھے برا انسان نہیں کہا۔"</blockquote><p>چھ مہینوں میں اس نے بھنگ کم کی اور پھر چھوڑ دی، اور اپنی والدہ اور اسکول کی مدد سے اس گروہ سے دور ہو گیا۔ اب وہ کالج کے ایک کورس میں ہے۔</p>`,
    },
  ],
};
