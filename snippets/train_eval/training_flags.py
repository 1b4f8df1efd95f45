from torch import nn

model = nn.Sequential(
    nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.5)
)


def flags(m):
    return [sub.training for sub in m.modules()]  # model first, then layers


print("new model:      ", flags(model))
model.eval()  # sets the flag on every submodule, recursively
print("after eval():   ", flags(model))
model.train()
print("after train():  ", flags(model))
model[3].eval()  # only the dropout layer
print("model[3].eval():", flags(model))
model.train(False)  # the same as model.eval()
print("train(False):   ", flags(model))
print("eval() returns the model:", model.eval() is model)
