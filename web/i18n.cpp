#include "web/i18n.h"

#include <map>

namespace billet::web {
namespace {

const std::map<std::string, std::string>& english_phrases() {
  static const std::map<std::string, std::string> kPhrases = {
      {"Se déconnecter", "Sign out"}, {"Tableau de bord", "Dashboard"}, {"Connexion", "Sign in"},
      {"Se connecter", "Sign in"}, {"Utilisateur", "User"}, {"Mot de passe", "Password"},
      {"Trop d'essais : réessayez dans 15 minutes.", "Too many attempts: try again in 15 minutes."},
      {"Utilisateur ou mot de passe incorrect.", "Wrong user or password."},
      {"Formulaire expiré ou étranger (CSRF).", "Expired or foreign form (CSRF)."}, {"Refusé", "Refused"},
      {"File des billets", "Ticket queue"}, {"Plaintes", "Complaints"}, {"File", "Queue"}, {"Tous", "All"},
      {"Billets", "Tickets"}, {"Tout niveau", "Any level"}, {"Toute boîte", "Any mailbox"}, {"Ouverts", "Open"}, {"Résolus", "Resolved"},
      {"Recherche", "Search"}, {"Client", "Client"}, {"En retard", "Late"}, {"Filtrer", "Filter"},
      {"Niveau", "Level"}, {"Sujet", "Subject"}, {"Boîte", "Mailbox"}, {"Échéance", "Due"},
      {"(sans objet)", "(no subject)"}, {"résolu", "resolved"}, {"Page suivante", "Next page"},
      {"La base de données ne répond pas ; réessayez.", "The database does not answer; try again."},
      {"Introuvable", "Not found"}, {"Aucun billet pour vous sous ce numéro.", "No ticket of yours has this number."},
      {"Plainte", "Complaint"}, {"Billet", "Ticket"}, {"niveau", "level"}, {"ouvert", "open"},
      {"échéance", "due"}, {"forfait", "plan"}, {"Client :", "Client:"}, {"Pourquoi ce niveau :", "Why this level:"},
      {"Fil", "Thread"}, {"Pièce jointe :", "Attachment:"}, {"Ko", "KB"}, {"Note interne de", "Internal note by"},
      {"Note de", "Note by"}, {"Courriels envoyés", "Emails sent"}, {"à", "to"}, {"Historique", "History"},
      {"Agir", "Act"}, {"Note", "Note"}, {"Interne (pas envoyée au client)", "Internal (not sent to the client)"},
      {"Ajouter la note", "Add the note"}, {"Raison", "Reason"}, {"Changer le niveau", "Change the level"},
      {"Note de résolution", "Resolution note"}, {"Résoudre", "Resolve"}, {"Erreur", "Error"}, {"Retour", "Back"},
      {"Aucune pièce jointe de ce nom pour vous.", "No attachment of yours has this name."},
      {"Le tableau de bord est celui des chefs d'équipe.", "The dashboard is the team leads'."},
      {"Ouverts par niveau", "Open by level"}, {"Échéances des 4 dernières semaines", "Deadlines of the last 4 weeks"},
      {"Vert : tenues ; rouge : manquées.", "Green: met; red: missed."}, {"Tenues", "Met"}, {"Manquées", "Missed"},
      {"tenue(s)", "met"}, {"manquée(s)", "missed"}, {"Délais médians", "Median times"},
      {"Accusé de réception :", "Acknowledgement:"}, {"résolution :", "resolution:"},
      {"Échéances tenues et manquées par jour", "Deadlines met and missed per day"},
      {"Comptes", "Accounts"}, {"Les comptes se gèrent avec", "Accounts are managed with"},
      {"English", "Français"}, {"/lang/en", "/lang/fr"},
  };
  return kPhrases;
}

}  // namespace

std::string localized(const std::string& html, bool english) {
  std::string out;
  out.reserve(html.size());
  size_t at = 0;
  while (true) {
    const size_t open = html.find("{{", at);
    const size_t close = open == std::string::npos ? std::string::npos : html.find("}}", open + 2);
    if (close == std::string::npos) break;
    out.append(html, at, open - at);
    const std::string phrase = html.substr(open + 2, close - open - 2);
    const auto found = english ? english_phrases().find(phrase) : english_phrases().end();
    out += found != english_phrases().end() ? found->second : phrase;
    at = close + 2;
  }
  out.append(html, at, std::string::npos);
  return out;
}

}  // namespace billet::web
