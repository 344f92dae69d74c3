/**
 * Name families whose spellings the phonetic rules cannot bring together without merging other
 * names too. Each entry says which spellings it joins and why. Kept short on purpose: a variant
 * listed here is a promise that the two forms are the same name for the people this service
 * works with.
 */

/** Exact normalised spellings with a fixed skeleton, checked before any rule applies. */
export const spellingVariants: ReadonlyMap<string, string> = new Map([
  // Abbreviations of Muhammad on Bangladeshi and Malaysian documents (Md. Rahim, Mohd Ali).
  ["md", "muhamad"],
  ["mohd", "muhamad"],
  ["muhd", "muhamad"],
  // Somali Mohamud is Mahmud (محمود), not Muhammad: it must not fall into the Mohamed family.
  ["mohamud", "mahmud"],
  ["mohamoud", "mahmud"],
  ["mahamud", "mahmud"],
  ["maxamuud", "mahmud"],
  // Somali orthography (x = ح, c = ع) for the commonest names, as it appears on Somali documents.
  ["maxamed", "muhamad"],
  ["cabdi", "abdi"],
  ["cali", "ali"],
  ["xasan", "hasan"],
  ["xuseen", "husain"],
  ["caasha", "aisha"],
  ["cumar", "umar"],
  ["cismaan", "usman"],
  ["faadumo", "fatima"],
  ["xaliimo", "halima"],
  // Syed (سید) keeps a y so that it never meets Saeed/Said (سعید), a different and equally common name.
  ["syed", "sayid"],
  ["sayed", "sayid"],
  ["sayyid", "sayid"],
  ["sayyed", "sayid"],
  ["saiyid", "sayid"],
  ["saiyed", "sayid"],
  ["seyed", "sayid"],
  ["seyyed", "sayid"],
]);

/** Skeletons merged into one after the rules, for families whose vowels differ in ways rules can't. */
export const skeletonVariants: ReadonlyMap<string, string> = new Map([
  // Mohammed/Mohamed/Muhammed (e for the second a), Bangladeshi Mohammod, Somali Mahamed.
  ["muhamed", "muhamad"],
  ["muhamud", "muhamad"],
  ["mahamed", "muhamad"],
  ["ahmed", "ahmad"],
  // Gulf and Egyptian spellings write kasra as e: Hamed is Hamid (not Hamad), Khaled is Khalid.
  ["hamed", "hamid"],
  ["kaled", "kalid"],
  ["majed", "majid"],
  ["rashed", "rashid"],
  ["zahed", "zahid"],
  ["vahed", "vahid"],
  ["sajed", "sajid"],
  // Hussian is the commonest misspelling of Hussain; Hosen is the Bengali spelling.
  ["husian", "husain"],
  ["husen", "husain"],
  // Bangladeshi Fatema, Somali Faduma/Fadumo and Swahili Fatuma are all Fatima.
  ["fatema", "fatima"],
  ["faduma", "fatima"],
  ["fadumu", "fatima"],
  ["fatuma", "fatima"],
  ["yusef", "yusuf"],
  ["yusif", "yusuf"],
  ["yusaf", "yusuf"],
  ["ebrahim", "ibrahim"],
  // ث is th in Arabic spellings and s in Urdu and Turkish ones (Uthman/Usman/Osman).
  ["utman", "usman"],
  // ی in Qureshi is the ai diphthong (قریشی), written e, ai or ei.
  ["kuraishi", "kureshi"],
  ["kurashi", "kureshi"],
  // Begum (بیگم): Bengali spelling Begam, phonetic spelling Baigum.
  ["baigum", "begum"],
  ["begam", "begum"],
  // Chowdhury, Choudhury, Chaudhry, Chaudhary, Chowdhry, Chaudhuri: one Bengali/Punjabi surname.
  ["chauduri", "chaudri"],
  ["chuduri", "chaudri"],
  ["chaudari", "chaudri"],
  ["chudri", "chaudri"],
  ["chudari", "chaudri"],
  // Irish and English names written several ways by the people who hold them.
  ["sean", "shaun"],
  ["katrin", "katerine"],
  ["katarine", "katerine"],
  ["juhn", "jun"],
  ["ane", "an"],
]);
