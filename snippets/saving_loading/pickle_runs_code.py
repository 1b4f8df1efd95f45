import torch


class Greeting:
    # pickle calls __reduce__ to learn how to rebuild an object: "call this
    # function with these arguments". Here it is a harmless print; in a
    # malicious file it could be any function, os.system included.
    def __reduce__(self):
        return (print, ("Greeting.__reduce__: this code ran during load!",))


torch.save({"weight": torch.ones(2), "note": Greeting()}, "untrusted.pt")

print("torch.load(weights_only=False):")
data = torch.load("untrusted.pt", weights_only=False)
print("loaded:", data)

print("torch.load(weights_only=True):")
torch.load("untrusted.pt", weights_only=True)  # raises pickle.UnpicklingError
