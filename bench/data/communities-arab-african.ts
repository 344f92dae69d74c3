/**
 * Given and family names of the Arab (Yemeni, Iraqi, Syrian, Sudanese, Libyan), Somali, and Black
 * African (Nigerian, Ghanaian, Zimbabwean, Eritrean) communities. Most common first. Somali names
 * carry the patronymic as the "family" name, as UK forms record them; underscores stand for spaces.
 */
import type { Community } from "./community.js";

export const arab: Community = {
  key: "arab",
  weight: 6,
  ethnicity: [["other_arab", 88], ["other_any", 6], ["not_stated", 6]],
  religion: [["muslim", 90], ["christian", 4], ["not_stated", 6]],
  languages: [["ar", 60], ["en", 40]],
  male: `Mohammed Ahmed Ali Omar Hassan Hussein Khalid Yousef Ibrahim Abdullah Mahmoud Mustafa Saleh Salem
    Nasser Fadi Hamza Karim Tariq Walid Zaid Adel Amir Anas Ayman Bassam Faisal Fares Ghassan Hadi Haider
    Hisham Imad Jamal Kareem Layth Majid Marwan Moaz Murad Nabil Nizar Osama Qais Rami Rashed Riyad Sami
    Samir Shadi Suhail Tamer Wael Yahya Yazan Youssef Zakaria Ammar Bilal Firas Mazen Raed Abdulrahman
    Abdulaziz Haitham Laith Mohanad`,
  female: `Fatima Aisha Mariam Noor Layla Huda Amal Rana Hana Sara Zainab Yasmin Rania Dalia Lina Reem
    Salma Nour Asma Ghada Hiba Iman Jamila Khadija Lubna Maha Mona Nadia Najwa Rasha Rawan Samira Suha
    Wafa Zahra Alaa Basma Dina Eman Farah Haneen Jana Joud Lama Leen Malak Manal Nada Nisreen Rahaf Rola
    Sahar Shaima Tala Widad Yara Zeina Abeer Afaf Amira Bushra Hadeel`,
  family: `Al-Ahmed Saleh Hassan Ali Mohammed Al-Hashimi Abdullah Al-Yemeni Haddad Khalil Mansour Nasser
    Qasim Rashid Said Salem Youssef Aziz Bakr Darwish Farah Ghanem Habib Hamdan Ibrahim Jaber Kamal Mahmoud
    Mustafa Najjar Omar Qadri Rahman Sabbagh Shami Suleiman Taha Yassin Zayed Al-Amri Al-Obaidi Al-Jabouri
    Al-Rubaie Al-Saadi Al-Shammari Al-Tamimi Al-Zubaidi Al-Masri Al-Sayed Abdelrahman Awad Bashir Daoud
    Elias Fadel Hamid Hijazi Issa Jamal Kassem Musa Othman`,
};

export const somali: Community = {
  key: "somali",
  weight: 7,
  ethnicity: [["black_african", 88], ["black_other", 6], ["not_stated", 6]],
  religion: [["muslim", 96], ["not_stated", 4]],
  languages: [["so", 55], ["en", 45]],
  male: `Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Ibrahim Omar Yusuf Mahad Abdikarim Abdirashid
    Abdiaziz Abdiwali Aden Bashir Farah Guled Hamza Ismail Jama Khalid Liban Mohamud Mukhtar Nur Osman
    Said Sharmarke Warsame Yasin Zakariye Abukar Adan Awale Bile Dahir Elmi Faisal Galad Hirsi Ilyas
    Kadar Mustafe Noor Qalib Roble Sahal Sakariye Shire Siad Tahlil Abdisalam Abdinasir Abdiqani
    Abdulkadir Hussein Idris Ayub Bilal`,
  female: `Fadumo Amina Hodan Hawa Faduma Asha Sahra Ayan Deeqa Filsan Hibo Hamdi Ifrah Khadra Leila
    Maryan Nasra Nimco Najma Rahma Sagal Shukri Sucaad Ubah Warsan Yasmin Zamzam Anisa Basra Caasha
    Dahabo Farhiya Habiba Hafsa Halima Hinda Idil Ikran Istahil Kowsar Layla Luul Mariam Muna Naima
    Nasteho Qamar Ruqiya Safiya Samira Sumaya Sureer Ugbaad Zahra Amal Bisharo Ilhan Sahro`,
  family: `Mohamed Ahmed Ali Hassan Abdi Omar Ibrahim Yusuf Farah Hussein Osman Jama Aden Nur Warsame
    Mohamud Abdullahi Ismail Said Elmi Egal Dualeh Duale Gelle Hersi Hirsi Isse Kahin Mahamud Musse
    Roble Samatar Shire Warsama Yasin Adan Awale Barre Dirie Abdirahman Abdulle Ahmed_Nur Bile Dahir
    Farah_Ali Gedi Guled Haji Jibril Khalif Liban Mire Mohamud_Ali Noor Qalinle Salad Sheikh Tahlil`,
};

export const blackAfrican: Community = {
  key: "black_african",
  weight: 6,
  ethnicity: [["black_african", 86], ["mixed_white_black_african", 6], ["black_other", 4], ["not_stated", 4]],
  religion: [["christian", 78], ["muslim", 10], ["none", 4], ["not_stated", 8]],
  languages: [["en", 90], ["ti", 5], ["other", 5]],
  male: `David Samuel Daniel Emmanuel Michael Joseph Oluwaseun Chinedu Kwame Kofi Tunde Segun Chukwuemeka
    Ifeanyi Obinna Babatunde Adebayo Olumide Femi Kayode Tendai Tafadzwa Farai Tinashe Blessing Godfrey
    Isaac Jacob John Kelvin Moses Nathaniel Patrick Peter Richard Stephen Timothy Victor Yaw Kojo Kwabena
    Kwaku Nana Ebenezer Prince Desmond Chidi Emeka Uche Nnamdi Ayodele Damilola Gbenga Tobi Dayo Tariq
    Ibrahim Abdul Yonas Dawit Tesfaye Mekonnen`,
  female: `Grace Blessing Mercy Esther Ruth Joy Faith Precious Chiamaka Ngozi Adaeze Funmilayo Folake
    Temitope Omolara Yetunde Bukola Abena Akosua Ama Efua Esi Adwoa Rutendo Chipo Tatenda Nyasha Rumbidzai
    Vimbai Patience Comfort Gift Hope Victoria Elizabeth Deborah Rebecca Sarah Mary Hannah Mariama Fatou
    Aminata Zainab Ifeoma Nneka Chioma Oluwakemi Titilayo Adaora Ebele Eniola Simisola Tolulope Selam
    Helen Meron Tsion`,
  family: `Okafor Adeyemi Okonkwo Mensah Boateng Asante Owusu Osei Adjei Appiah Oduya Adebayo Afolabi
    Akinola Balogun Bello Eze Ibe Nwosu Obi Ogunleye Ojo Okoro Oladipo Onyeka Taiwo Uzoma Moyo Ncube
    Dube Sibanda Nyathi Chikore Mutasa Makoni Banda Phiri Mwale Kamara Sesay Conteh Koroma Diallo Bah
    Mensah_Bonsu Agyeman Amoah Danso Frimpong Kyei Ofori Opoku Quaye Tetteh Yeboah Tesfaye Haile Gebre
    Bekele Alemu Okoye Oyelaran`,
};
