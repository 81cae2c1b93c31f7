// FAQ entries grouped in the order the FAQ page shows them.
import { getCollection } from 'astro:content';
import { QUESTION_GROUPS } from '../lib/question-groups';

export async function getQuestionGroups() {
  const questions = await getCollection('questions');
  return QUESTION_GROUPS.map((group) => ({
    ...group,
    questions: questions
      .filter((question) => question.data.group === group.id)
      .sort((a, b) => a.data.order - b.data.order),
  })).filter((group) => group.questions.length > 0);
}
