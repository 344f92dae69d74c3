/**
 * Given and family names of the South Asian communities the services work with (Pakistani and
 * Kashmiri Muslim, Bangladeshi, Punjabi Sikh, Gujarati and Punjabi Hindu). Lists run from the most
 * to the least common, so a Zipf-like draw gives the real pattern: a few very frequent names
 * (many Mohammed Khans) and a long tail. Underscores stand for spaces inside one name.
 */
import type { Community } from "./community.js";

export const pakistani: Community = {
  key: "pakistani",
  weight: 24,
  ethnicity: [["asian_pakistani", 90], ["asian_other", 6], ["mixed_white_asian", 4]],
  religion: [["muslim", 94], ["none", 2], ["not_stated", 4]],
  languages: [["ur", 45], ["pa", 25], ["en", 30]],
  male: `Mohammed Muhammad_Ali Ali Ahmed Hassan Usman Bilal Imran Adnan Zain Ibrahim Yusuf Hamza Abdullah
    Omar Asif Tariq Kamran Faisal Shahid Khalid Waqas Zubair Haroon Rizwan Nadeem Amir Sajid Arshad Naveed
    Zeeshan Junaid Irfan Javed Saqib Danish Fahad Shoaib Aqib Adeel Awais Mubashir Ikram Zahid Aamir Rashid
    Mahmood Iqbal Qasim Hussain Raza Ayaan Rayyan Ismail Zakariya Musa Idris Haris Saad Sufyan Talha Owais
    Nabeel Safeer Akbar Azhar Rehan Taimur Shakeel Wasim Yasir Zafar Aftab Jawad Moin Nasir Abid Ehsan`,
  female: `Fatima Ayesha Zainab Maryam Amna Sana Hira Saima Nazia Rubina Shazia Farah Samina Nasreen Bushra
    Khadija Hafsa Iqra Mehwish Rabia Aleena Anam Sadia Tahira Uzma Yasmin Zara Noor Aliya Asma Parveen
    Shabana Kiran Sobia Naila Nida Sidra Rukhsana Fozia Mariam Aqsa Mahnoor Eman Laiba Hania Inaya Haleema
    Sumaira Ghazala Robina Shahnaz Tasneem Zubaida Nargis Saira Sabiha Humaira Amina Sumayyah Ruqayyah Huma
    Bibi Farzana Shamim Kausar Nusrat Raheela Sameena Tanzeela Aisha Hina`,
  family: `Khan Hussain Ahmed Ali Mahmood Iqbal Akhtar Rashid Shah Butt Malik Bibi Begum Mirza Chaudhry
    Qureshi Siddiqui Raja Sheikh Aslam Anwar Arshad Aziz Bashir Hanif Haq Javed Kabir Latif Majeed Nawaz
    Rafiq Rehman Riaz Saleem Sadiq Shafiq Tariq Yousaf Zaman Abbasi Awan Bhatti Chohan Dar Gill Hameed
    Jamil Kazmi Lodhi Mughal Nadeem Naqvi Noor Pervez Rana Rauf Sabir Sattar Shahzad Zafar Hussein Kiani
    Minhas Janjua Rathore Khokhar Sultan Farooq Ghani Ilyas Irshad Karim Masood Nazir Younis`,
};

export const bangladeshi: Community = {
  key: "bangladeshi",
  weight: 11,
  ethnicity: [["asian_bangladeshi", 93], ["asian_other", 4], ["mixed_white_asian", 3]],
  religion: [["muslim", 95], ["none", 1], ["not_stated", 4]],
  languages: [["bn", 50], ["en", 50]],
  male: `Mohammed Abdul Md Rahman Miah Shahid Jamal Kamal Nazrul Anwar Habib Jahangir Shafiqul Mizanur
    Saiful Rafiq Shamim Faruk Mamun Rubel Sohel Shahed Tanvir Rezaul Aminul Abul Ashraf Azad Belal Dilwar
    Enamul Fazlul Golam Harun Ismail Jahid Kawsar Liton Mahbub Masum Monir Nasir Obaidul Parvez Rahim
    Rashed Sabbir Salim Shahin Shakil Sumon Taher Ujjal Wahid Yeasin Zakir Ayaan Rayyan Zakaria Imran
    Ahad Aminur Badrul Delwar Ekram Forhad Hasan Iftekhar Jubair Khaled Lutfur Moinul Nurul`,
  female: `Fatema Nasima Rokeya Shamima Rehana Salma Taslima Hasina Jesmin Nazma Rina Shirin Sultana
    Ruksana Parveen Jahanara Anwara Shahana Momtaz Rumana Shilpi Sumaiya Tahmina Farhana Lovely Nasrin
    Sharmin Mahmuda Khaleda Rabeya Afroza Dilruba Fahmida Hosneara Ishrat Jannat Kulsum Laila Marium
    Nusrat Papiya Rashida Sabina Sadia Tania Umme Yasmin Zakia Ayesha Aysha Habiba Hafsa Maryam Zara
    Sabrina Amena Bilkis Dilara Firoza Halima Jahura Khodeja Lipi Mumtaz Nazneen Ruby Shefali Tahera`,
  family: `Begum Miah Ahmed Rahman Uddin Ali Hussain Khatun Islam Hoque Chowdhury Khan Alom Bibi Akter
    Haque Hossain Kabir Karim Mahmud Malik Molla Munshi Nessa Rashid Sarkar Shikder Talukder Zaman Amin
    Bhuiyan Biswas Das Dewan Fakir Gazi Howlader Jahan Kazi Mondal Mridha Patwary Pramanik Quader
    Rabbani Sheikh Sikder Sultana Syed Uddin_Ahmed Chaudhury Majumder Mazumder Mollah Nahar Parvin
    Rouf Shah Siddique Tarafder Akand Babul Elahi Hasan`,
};

export const sikh: Community = {
  key: "sikh",
  weight: 7,
  ethnicity: [["asian_indian", 92], ["asian_other", 4], ["mixed_white_asian", 4]],
  religion: [["sikh", 92], ["none", 3], ["not_stated", 5]],
  languages: [["pa", 40], ["en", 60]],
  male: `Gurpreet Harpreet Jaspreet Manpreet Amarjit Baljit Balwinder Daljit Gurdeep Gurinder Harjinder
    Harjit Inderjit Jagdeep Jasbir Jaswinder Kulwinder Kuldip Lakhbir Mandeep Navdeep Paramjit Parminder
    Rajinder Ranjit Sukhdev Sukhwinder Surinder Tarlochan Gurjit Avtar Bhupinder Charanjit Dalbir Gurbax
    Gurmeet Hardeep Harvinder Jagjit Jatinder Kamaljit Karanvir Lakhvir Malkit Narinder Pardeep Rajvir
    Sarabjit Satnam Sukhjinder Tejinder Amrit Arjan Gurveer Harman Jaskaran Jasraj Karan Manjot Prabhjot
    Ravinder Simran Tejpal Arjun Sandeep Hardip Jasvir Kirpal`,
  female: `Harpreet Jaspreet Manpreet Gurpreet Amandeep Balvinder Harjit Jasbir Jaswinder Kamaljit Kulwant
    Kuldeep Navjot Paramjit Parminder Rajinder Ranjit Satwant Simran Sukhwinder Surinder Baljinder
    Charanjit Davinder Gurdip Gurmit Harvinder Inderjit Jasleen Kiranjit Mandeep Narinder Pardeep Rupinder
    Sandeep Sarbjit Amrit Arshdeep Gurleen Harleen Jasmeen Kirandeep Navneet Prabhjot Rajvir Sukhmani
    Tejinder Balbir Daljit Gurinder Jasvinder Kamalpreet Lakhvinder Manjit Nirmal Pritam Ravneet
    Sharanjit Tarandeep Amanpreet Ishleen Simrat Gurjeet Harneet`,
  family: `Singh Kaur Sandhu Gill Sidhu Dhillon Grewal Johal Bains Sahota Bal Basra Bhogal Chahal Cheema
    Dhaliwal Dosanjh Garcha Hayer Heer Jandu Kalsi Kang Khaira Mann Matharu Nijjar Panesar Rai Randhawa
    Sangha Sohal Thind Toor Uppal Virdi Atwal Aujla Bansal Bhamra Bhatti Chana Dhami Dhanda Gakhal Ghuman
    Hundal Jhooti Kalirai Khangura Lall Mahal Manku Minhas Nagra Pannu Purewal Sagoo Samra Sanghera Sekhon
    Shergill Takhar Bhachu`,
};

export const hindu: Community = {
  key: "hindu",
  weight: 6,
  ethnicity: [["asian_indian", 92], ["asian_other", 5], ["mixed_white_asian", 3]],
  religion: [["hindu", 90], ["none", 4], ["not_stated", 6]],
  languages: [["gu", 35], ["en", 65]],
  male: `Rahul Amit Sanjay Vijay Rajesh Suresh Ramesh Dinesh Mahesh Hitesh Nilesh Paresh Ketan Kiran Ashok
    Anil Arun Deepak Dilip Girish Harish Jayesh Kalpesh Manoj Mukesh Nitin Pankaj Pradeep Prakash Rakesh
    Sachin Sunil Vikram Vinod Yogesh Arjun Aarav Dev Krishna Rohan Rishi Nikhil Varun Karan Ajay Alpesh
    Bhavesh Chetan Darshan Gaurav Hemant Jignesh Kamlesh Mehul Naresh Pritesh Rajiv Sameer Tushar Umesh
    Vishal Ankit Akash Ravi Sunny Shiv Jay Hari`,
  female: `Priya Pooja Neha Anjali Sunita Rekha Meena Geeta Seema Nisha Kavita Asha Bhavna Deepa Hema Jyoti
    Kajal Komal Lata Manisha Nita Pinal Rina Sangeeta Shilpa Sonal Usha Vandana Varsha Hetal Jayshree
    Kiran Leena Mansi Nikita Payal Rupal Shital Smita Trupti Aarti Alka Bina Chandni Dipika Ekta Falguni
    Gita Heena Ila Janki Kinjal Kruti Mita Nayna Rashmi Riya Sneha Tara Ananya Diya Isha Anika Kavya Shreya
    Sapna Radha Lakshmi`,
  family: `Patel Shah Sharma Kumar Mistry Parmar Solanki Chauhan Joshi Modi Desai Mehta Pandya Thakkar Vyas
    Gohil Rathod Chavda Jadeja Makwana Lad Naik Pandit Rana Tailor Trivedi Bhatt Dave Gandhi Jani Kotecha
    Lakhani Majithia Morjaria Nathwani Popat Raja Ruparelia Sodha Thakrar Vaghela Vora Agarwal Bansal
    Chopra Gupta Jain Kapoor Khanna Malhotra Mehra Nair Pillai Rao Reddy Saxena Srivastava Verma Iyer Menon
    Tank Amin Bhalla Chandarana Hirani Kanani`,
};
