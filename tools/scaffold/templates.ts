import type { Locale } from '../../src/config/site.ts';

/** The placeholder text of a new op-ed, in its own language; the points open with that language's ordinals. */
interface Placeholders {
  description: string;
  opening: string;
  subhead: string;
  pointsNote: string;
  points: [string, string];
  anotherSubhead: string;
  imageNote: string;
  figure: { alt: string; caption: string; credit: string };
  closing: string;
}

export const placeholders: Record<Locale, Placeholders> = {
  en: {
    description:
      'One or two sentences that sum up the argument. Shown under the headline and in link previews.',
    opening:
      'First paragraph: the argument in a sentence or two. Write plain text; for a "less than" sign write &lt; (e.g. &lt;50%).',
    subhead: 'A subhead',
    pointsNote: 'Numbered points get their own links. Each point starts with its ordinal word.',
    points: ['First, the first point.', 'Second, the second point.'],
    anotherSubhead: 'Another subhead',
    imageNote:
      'An image: put the file next to this op-ed (e.g. content/opinions/images/photo.jpg), then describe it.',
    figure: {
      alt: 'What the photo shows, for readers who cannot see it',
      caption: 'What it means for the argument',
      credit: 'Photo: Name / Agency',
    },
    closing: 'Closing paragraph.',
  },
  ru: {
    description:
      'Одно-два предложения, передающие суть аргумента. Их видно под заголовком и в превью ссылки.',
    opening:
      'Первый абзац: главная мысль в одном-двух предложениях. Пишите обычным текстом; знак «меньше» пишите как &lt; (например, &lt;50%).',
    subhead: 'Подзаголовок',
    pointsNote: 'У каждого нумерованного пункта своя ссылка. Каждый пункт начинается с порядкового слова.',
    points: ['Во-первых, первый пункт.', 'Во-вторых, второй пункт.'],
    anotherSubhead: 'Ещё один подзаголовок',
    imageNote:
      'Изображение: положите файл рядом с этой статьёй (например, content/opinions/images/photo.jpg) и опишите его.',
    figure: {
      alt: 'Что на фото — для читателей, которые его не видят',
      caption: 'Что оно значит для аргумента',
      credit: 'Фото: Имя / Агентство',
    },
    closing: 'Заключительный абзац.',
  },
  kk: {
    description:
      'Негізгі ойды бір-екі сөйлеммен түйіндеңіз. Ол тақырыптың астында және сілтеменің алдын ала көрінісінде шығады.',
    opening:
      'Бірінші абзац: негізгі ой бір-екі сөйлеммен. Кәдімгі мәтінмен жазыңыз; «кіші» белгісін &lt; деп жазыңыз (мысалы, &lt;50%).',
    subhead: 'Ішкі тақырып',
    pointsNote: 'Нөмірленген әр тармақтың өз сілтемесі бар. Әр тармақ реттік сөзден басталады.',
    points: ['Біріншіден, бірінші тармақ.', 'Екіншіден, екінші тармақ.'],
    anotherSubhead: 'Тағы бір ішкі тақырып',
    imageNote:
      'Сурет: файлды осы мақаланың жанына салыңыз (мысалы, content/opinions/images/photo.jpg), содан кейін оны сипаттаңыз.',
    figure: {
      alt: 'Суретте не бар — оны көре алмайтын оқырмандар үшін',
      caption: 'Оның дәлел үшін мәні',
      credit: 'Фото: Аты-жөні / Агенттік',
    },
    closing: 'Қорытынды абзац.',
  },
};
