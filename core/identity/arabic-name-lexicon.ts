/**
 * Common Muslim names in Arabic and Urdu script with the Latin spelling most used for them in UK
 * records. Arabic script leaves short vowels unwritten (محمد is only m-h-m-d), so letter-by-letter
 * transliteration cannot produce "Muhammad"; for the names these communities use most, this list
 * supplies the vowels. Any spelling is fine here: the phonetic key maps every spelling variant of
 * the Latin form to one skeleton. Names not listed fall back to letter-by-letter transliteration.
 */

// "script=latin" pairs, space separated. Keys may use Arabic or Urdu letter forms: they are reduced
// to one form by `arabicLookupForm` when the lexicon is built.
const entries = `
محمد=muhammad احمد=ahmad محمود=mahmud علی=ali عمر=umar عثمان=usman عمران=imran حسن=hasan
حسین=husain حسنین=hasnain فاطمہ=fatima عائشہ=aisha خدیجہ=khadija زینب=zainab مریم=maryam
یوسف=yusuf ابراہیم=ibrahim اسماعیل=ismail ادریس=idris یعقوب=yaqub سلیمان=sulaiman ہارون=harun
موسی=musa عیسی=isa یحیی=yahya مصطفی=mustafa مرتضی=murtaza رضا=raza مہدی=mahdi جعفر=jafar
خان=khan صدیقی=siddiqi قریشی=qureshi چودھری=chaudhry چوہدری=chaudhry بیگم=begum شیخ=shaikh
سید=syed شاہ=shah ملک=malik بٹ=butt اقبال=iqbal اسلام=islam خاتون=khatun بی‌بی=bibi بیبی=bibi
عبد=abd اللہ=allah رحمان=rahman رحمن=rahman رحیم=rahim کریم=karim عزیز=aziz قادر=qadir
الدین=uddin نور=nur امین=amin امینہ=amina آمنہ=amina رشید=rashid راشد=rashid حمید=hamid
حامد=hamid خالد=khalid ناصر=nasir طارق=tariq سارہ=sara ثنا=sana امیر=amir عامر=amir امیرہ=amira
حمزہ=hamza بلال=bilal زید=zaid سعید=saeed نسرین=nasreen شازیہ=shazia رضیہ=razia صائمہ=saima
نادیہ=nadia سلمی=salma لیلی=laila ہدی=huda فرح=farah یاسمین=yasmin پروین=parveen شبانہ=shabana
روبینہ=rubina نازیہ=nazia رقیہ=ruqayya حلیمہ=halima حفصہ=hafsa عادل=adil عارف=arif عاصم=asim
عباس=abbas عرفان=irfan ظفر=zafar جاوید=javed نوید=naveed شاہد=shahid ساجد=sajid زاہد=zahid
آصف=asif کاشف=kashif عاطف=atif فیصل=faisal وقاص=waqas جمیل=jamil نعیم=naeem سلیم=salim
ندیم=nadeem وسیم=waseem قاسم=qasim ہاشم=hashim مجید=majid رفیق=rafiq شفیق=shafiq صادق=sadiq
انور=anwar اختر=akhtar اشرف=ashraf افضل=afzal اکبر=akbar بشیر=bashir نذیر=nazir منیر=munir
تنویر=tanveer پرویز=parvez یاسر=yasir ثاقب=saqib عدنان=adnan سلمان=salman ریحان=rehan
کامران=kamran عمیر=umair اویس=owais ابوبکر=abubakar یونس=yunus الیاس=ilyas داؤد=daud
مرزا=mirza میاں=mian چوہان=chauhan راجہ=raja رانا=rana ارشد=arshad نسیم=naseem شمیم=shamim
`;

/** Reduces the interchangeable Arabic, Persian and Urdu letter forms to one, for lookup only. */
export function arabicLookupForm(word: string): string {
  return word
    .replace(/[يى]/gu, "ی")
    .replace(/ك/gu, "ک")
    .replace(/[هةۃ]/gu, "ہ")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ؤ/gu, "و")
    .replace(/ئ/gu, "ی")
    .replace(/ۓ/gu, "ے")
    .replace(/[ء\u200c]/gu, "");
}

const lexicon: ReadonlyMap<string, string> = new Map(
  entries
    .split(/\s+/u)
    .filter((entry) => entry.includes("="))
    .map((entry) => {
      const [script = "", latin = ""] = entry.split("=");
      return [arabicLookupForm(script), latin] as const;
    }),
);

/** The Latin spelling for a known name, given in lookup form, or undefined. */
export function lookUpArabicName(lookupForm: string): string | undefined {
  return lexicon.get(lookupForm);
}
