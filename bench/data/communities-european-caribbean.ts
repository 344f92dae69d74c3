/**
 * Given and family names of the White British, Black Caribbean and Eastern European (Polish,
 * Romanian, Lithuanian, Slovak and Czech Roma) communities. Most common first. Polish family names
 * are stored in their masculine form; `feminineSurname` gives the form a woman is registered under.
 */
import type { Community } from "./community.js";

export const whiteBritish: Community = {
  key: "white_british",
  weight: 18,
  ethnicity: [["white_british", 86], ["white_irish", 5], ["white_gypsy_irish_traveller", 2], ["mixed_other", 2], ["not_stated", 5]],
  religion: [["christian", 38], ["none", 50], ["not_stated", 12]],
  languages: [["en", 100]],
  male: `Jack Thomas James Joshua Daniel Harry Samuel Joseph Matthew Lewis Ryan Luke Callum Connor Jordan
    Liam Kieran Jake Adam Michael David Paul Mark Andrew Christopher Stephen Craig Lee Dean Scott Jamie
    Ben Tom Alex Aaron Kyle Reece Charlie George Oliver Jacob Alfie Dylan Tyler Mason Ethan Nathan Owen
    Harvey Leo Max Archie Finley Bradley Declan Shane Wayne Gary Darren Kevin Stuart Philip Sean Gareth
    Rhys Dafydd Ieuan Steven`,
  female: `Emily Chloe Jessica Sophie Lauren Hannah Charlotte Megan Amy Rebecca Laura Sarah Emma Gemma
    Danielle Stacey Kelly Leanne Natalie Nicola Claire Lisa Michelle Joanne Rachel Katie Holly Bethany
    Abbie Courtney Jade Paige Shannon Ellie Olivia Amelia Isla Ava Mia Grace Lily Evie Poppy Ruby Freya
    Scarlett Millie Daisy Molly Phoebe Alice Catherine Elizabeth Victoria Jennifer Louise Kerry Tracey
    Donna Julie Karen Sian Ffion Cerys Bethan Caitlin Katherine`,
  family: `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
    Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
    Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
    Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
    Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
    Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
    Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox`,
};

export const blackCaribbean: Community = {
  key: "black_caribbean",
  weight: 5,
  ethnicity: [["black_caribbean", 72], ["mixed_white_black_caribbean", 18], ["black_other", 5], ["not_stated", 5]],
  religion: [["christian", 60], ["none", 28], ["other", 2], ["not_stated", 10]],
  languages: [["en", 100]],
  male: `Marcus Jermaine Tyrone Leon Andre Dwayne Delroy Winston Errol Clive Trevor Lloyd Desmond Carlton
    Everton Lenford Neville Wesley Ricardo Damion Jerome Kemar Shaquille Jaden Kai Malachi Tyreke Tyrese
    Kadeem Kareem Omari Rashid Reuben Isaiah Elijah Josiah Joel Nathaniel Aaron Daniel Michael Anthony
    Christopher Jason Kevin Curtis Devon Dennis Gregory Junior Keith Leroy Maurice Roy Vincent Wayne
    Courtney Jamal Kyle Ricky`,
  female: `Shanice Tanisha Latoya Keisha Chantelle Jasmine Aaliyah Imani Nia Zara Tia Kayla Shanelle
    Marcia Yvonne Beverley Sonia Paulette Hyacinth Merlene Pauline Claudette Joyce Gloria Monica Jacqueline
    Angela Andrea Sandra Donna Sharon Janet Natasha Simone Kerry-Ann Tamika Shantelle Renee Jada Amani
    Ebony Destiny Leah Naomi Ruth Esther Sasha Tiana Kiana Maya Alicia Carla Denise Hazel Lorna Marlene`,
  family: `Brown Campbell Williams Smith Johnson Thomas Francis Clarke Grant Reid Robinson Henry Gordon
    Morgan Lewis Bailey Richards Allen Edwards Stewart Walker Wright Jackson Samuels Bennett Hamilton
    Powell Spencer Forbes Gayle Graham Gray James Lawrence McKenzie Miller Mitchell Morrison Palmer
    Reynolds Russell Simpson Thompson Watson Wilson Anderson Barrett Blake Christie Dawkins Douglas Ellis
    Ferguson Hinds Lindo Marshall Nelson Ricketts Shaw Taylor Wallace`,
};

export const easternEuropean: Community = {
  key: "eastern_european",
  weight: 10,
  ethnicity: [["white_other", 84], ["white_roma", 8], ["not_stated", 8]],
  religion: [["christian", 70], ["none", 20], ["not_stated", 10]],
  languages: [["pl", 45], ["ro", 30], ["en", 25]],
  male: `Piotr Krzysztof Tomasz Pawel Marcin Michal Lukasz Kamil Jakub Mateusz Bartosz Dawid Adam Marek
    Grzegorz Andrzej Wojciech Rafal Sebastian Szymon Damian Patryk Adrian Mariusz Artur Daniel Robert
    Jan Aleksander Maciej Ionut Andrei Alexandru Mihai Florin Gabriel Cristian Marius Stefan Bogdan
    Vasile Constantin Adrian_Ionut Daniel_Marian Tudor Radu Ovidiu Mindaugas Tomas Darius Paulius
    Jonas Lukas Mantas Martin Peter Miroslav Jozef Lubomir Milan Dusan Vladimir Roman Igor Oleksandr`,
  female: `Anna Katarzyna Magdalena Agnieszka Joanna Monika Aleksandra Natalia Karolina Paulina Justyna
    Ewa Marta Dorota Beata Malgorzata Izabela Patrycja Weronika Zuzanna Julia Maja Oliwia Ioana Maria
    Elena Andreea Alexandra Mihaela Cristina Georgiana Florentina Gabriela Daniela Roxana Simona Alina
    Raluca Adriana Ana_Maria Ruta Egle Greta Ieva Lina Jurgita Lucia Martina Petra Veronika Zuzana Eva
    Jana Lenka Olena Natalia_Anna Iryna Svetlana Oksana Tetiana`,
  family: `Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak
    Dabrowski Kozlowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawlowski
    Michalski Nowicki Adamczyk Dudek Zajac Wieczorek Jablonski Krol Majewski Olszewski Popescu Ionescu
    Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Lungu Constantin Marin Tudor
    Kazlauskas Jankauskas Petrauskas Stankevicius Vasiliauskas Horvath Kovac Balog Lakatos Olah Toth
    Varga Novak Svoboda Dvorak Kovalenko Shevchenko Bondarenko`,
};

/** The form of a Polish masculine surname that a woman is registered under (Kowalski → Kowalska). */
export function feminineSurname(family: string): string {
  if (/(ski|cki|dzki)$/.test(family)) return `${family.slice(0, -1)}a`;
  return family;
}
