/**
 * The bedtime self-massage routine as two short sheets: the full routine on one
 * printed page (/routine/) and a version done in bed, with no floor steps
 * (/routine/in-bed/). The words follow the routine article
 * (content/articles/bedtime-self-massage-routine.mdx) and claim nothing it
 * does not: change one, check the other. Each figure is a drawing in src/figures/.
 */

export interface RoutineStep {
  /** The body part or action, as a short label. */
  name: string;
  /** A drawing in src/figures/, without `.svg`. */
  figure?: string;
  /** What to do, in a sentence or two: the figure's caption when there is one. */
  text: string;
}

export interface RoutinePart {
  heading: string;
  /** Said before the steps: how to sit or lie, what to use. */
  intro: string;
  steps: RoutineStep[];
  /** Said after the steps, when the part ends with a rest. */
  outro?: string;
}

export interface RoutineSheet {
  title: string;
  description: string;
  /** Gentle-pressure and safety reminders, from the article's "how hard" and "when not to" sections. */
  reminders: string[];
  parts: RoutinePart[];
  finish: string;
}

const reminders = [
  'Gentle pressure, about what you would use to rub in cream. It should feel pleasant, never sharp.',
  'If a spot hurts, move away from it. Keep off wounds, bruises and broken skin.',
  'Pregnant, taking blood thinners or with a bleeding disorder? Ask your doctor or midwife first.',
  'Keep it short and slow: a minute or two on each area. Dim the lights and put your phone out of reach.',
];

const shoulders: RoutineStep = { name: 'Shoulders', figure: 'shoulder-squeeze', text: 'Right hand on left shoulder. Squeeze gently and let go, from the neck out to the tip, five or six times. Swap sides.' };
const neck: RoutineStep = { name: 'Back of the neck', figure: 'neck-circles', text: 'Fingertips either side of the spine, just below the skull. Slow circles the size of a coin. Stay off the front and sides of the neck.' };
const jaw: RoutineStep = { name: 'Jaw', figure: 'jaw-circles', text: 'With two fingers, make slow circles on the muscle just in front of each ear.' };
const hands: RoutineStep = { name: 'Hands', figure: 'palm-circles', text: 'Circle your thumb in the other palm, then pull gently along each finger from base to tip. Swap hands.' };

export const printableRoutine: RoutineSheet = {
  title: 'Bedtime self-massage routine',
  description: 'The gentle ten-minute bedtime routine on one printable page: hands, a foam roller and a handheld massager, with a drawing for each step.',
  reminders,
  parts: [
    {
      heading: 'Part 1: with your hands (about five minutes)',
      intro: 'Sit with your feet flat on the floor. Take three slow breaths.',
      steps: [shoulders, neck, jaw, hands, { name: 'Feet', figure: 'sole-heel-to-toe', text: 'If you can reach, rub the sole of each foot with your thumbs, from heel to toes.' }],
    },
    {
      heading: 'Part 2: with a foam roller (about three minutes)',
      intro: 'Use a soft roller if you have one, much more gently than at the gym.',
      steps: [
        { name: 'Upper back', figure: 'roller-upper-back', text: 'Lie back with the roller across your upper back, knees bent, feet flat. Lift your hips a little and roll a short way up and down, clear of the neck and lower back.' },
        { name: 'Calves', figure: 'roller-calves', text: 'Sit with the roller under your calves and your hands behind you. Roll slowly from ankle to just below the knee, clear of the back of the knee.' },
      ],
      outro: 'Then lie flat on the floor for a minute and let your breathing slow down.',
    },
    {
      heading: 'Part 3: with a handheld massager (about two minutes)',
      intro: 'Lowest speed, softest head. Switch it on before it touches you.',
      steps: [
        { name: 'Fleshy muscles', figure: 'massager-thigh', text: 'Rest it lightly on a calf, thigh or the top of a shoulder and keep it moving, about a minute on each. Do not press down.' },
        { name: 'Keep away', text: 'From bones, your head, the front and sides of your neck, and your spine. If the buzz makes you more alert, put it away.' },
      ],
    },
  ],
  finish: 'Put the tools away and get into bed. Leave out any step that felt wrong next time: the best routine is the one you find calming.',
};

export const inBedRoutine: RoutineSheet = {
  title: 'Bedtime self-massage in bed',
  description: 'A gentle five-minute version of the bedtime routine you can do sitting up or lying in bed, with your hands only: no floor, no tools.',
  reminders,
  parts: [
    {
      heading: 'With your hands, in bed (about five minutes)',
      intro: 'Sit up against your pillows, or lie back with your head raised. Take three slow breaths.',
      steps: [
        shoulders,
        neck,
        jaw,
        hands,
        { name: 'Feet', figure: 'sole-heel-to-toe', text: 'Only if you can reach without straining: bend one knee and rub the sole with your thumbs, from heel to toes. Swap feet.' },
      ],
    },
  ],
  finish: 'Slide down into your usual sleeping position and let your breathing slow. Leave out any step that felt wrong next time.',
};
